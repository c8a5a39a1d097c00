package org.xinfangflow.identity;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Installs the application's directory as the engine's identity provider and the standing grants of
 * its web applications: every role that handles matters may open Cockpit and Tasklist and read the
 * process models and task filters — which matters and tasks they then see is granted per matter
 * (workflow's {@code EngineAccess}) and per task (candidate groups). Engine administrators are the
 * {@value EngineGroups#ADMINISTRATORS} group, that is the application's administrators.
 */
@Component
class EngineIdentityPlugin extends AbstractProcessEnginePlugin {

  private static final List<Role> WEB_APPLICATION_ROLES =
      List.of(Role.CLERK, Role.HANDLER, Role.HEAD, Role.REVIEWER, Role.SUPERVISOR);

  private final EngineDirectory directory;
  private final PasswordEncoder passwords;
  private final LoginThrottle throttle;

  EngineIdentityPlugin(EngineDirectory directory, PasswordEncoder passwords, LoginThrottle throttle) {
    this.directory = directory;
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new EngineIdentityProvider(directory, passwords, throttle);
      }
    });
    configuration.setEnableHistoricInstancePermissions(true);
    // candidates may claim and complete a task in Tasklist (complete is then refused by the workflow
    // module: a step is done through the application, which checks and records it)
    configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Role role : WEB_APPLICATION_ROLES) {
      String group = EngineGroups.role(role);
      grant(authorizations, group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(authorizations, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(authorizations, group, Resources.APPLICATION, "welcome", Permissions.ACCESS);
      grant(authorizations, group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
      grant(authorizations, group, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
      grant(authorizations, group, Resources.FILTER, Authorization.ANY, Permissions.READ);
    }
  }

  private static void grant(AuthorizationService authorizations, String group, Resource resource, String resourceId,
      Permission permission) {
    boolean exists = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
        .resourceId(resourceId).hasPermission(permission).count() > 0;
    if (!exists) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      grant.addPermission(permission);
      authorizations.saveAuthorization(grant);
    }
  }
}
