package org.xinfangflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of DESIGN.md: no cycles, no reaching into another module's internals; the map in docs/modules. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(XinfangFlowApplication.class);

  @Test
  void modulesKeepToTheirDeclaredDependencies() {
    modules.verify();
  }

  @Test
  void writesTheModuleMap() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
  }
}
