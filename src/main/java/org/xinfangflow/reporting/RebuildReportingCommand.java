package org.xinfangflow.reporting;

import java.io.PrintStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.xinfangflow.shared.MaintenanceCommand;

/**
 * {@code java -jar xinfang-flow.jar --rebuild-reporting}: rewrites the reporting projection from the engine's
 * history tables (the facts of matters whose history was cleaned are kept), then exits 0 (1 if it failed).
 */
@Component
class RebuildReportingCommand extends MaintenanceCommand {

  static final String FLAG = "rebuild-reporting";

  private final ProjectionRebuild rebuild;

  RebuildReportingCommand(ProjectionRebuild rebuild, ConfigurableApplicationContext context) {
    super(FLAG, context);
    this.rebuild = rebuild;
  }

  @Override
  protected int runAndReport(PrintStream out) {
    try {
      int instances = rebuild.rebuild();
      out.println("REPORTING PROJECTION REBUILT from " + instances + " process instances");
      return 0;
    } catch (RuntimeException e) {
      out.println("REPORTING PROJECTION REBUILD FAILED: " + e.getMessage());
      return 1;
    }
  }
}
