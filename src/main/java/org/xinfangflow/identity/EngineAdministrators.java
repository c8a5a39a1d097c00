package org.xinfangflow.identity;

import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's administrators hold every permission in the engine (Camunda's own plugin). */
@Configuration(proxyBeanMethods = false)
class EngineAdministrators {

  @Bean
  AdministratorAuthorizationPlugin administratorAuthorizationPlugin() {
    AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
    plugin.setAdministratorGroupName(EngineGroups.ADMINISTRATORS);
    return plugin;
  }
}
