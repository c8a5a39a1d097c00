package org.xinfangflow.workflow;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;
import org.xinfangflow.identity.EngineGroups;

/**
 * 流程数据范围 — who may see a matter's process instance in Cockpit and through {@code /engine-rest}:
 * the registering unit's scope group from the start, and the handling unit's once it is dispatched
 * (moved, not added, when a matter is dispatched again). Scope groups hold the staff of that unit and
 * of every unit above it, so the engine applies the same data scope as the application.
 */
@Service
public class EngineAccess {

  private static final List<Resource> INSTANCE_RESOURCES =
      List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE);

  /** The process variable naming the unit that registered the matter. */
  static final String REGISTERING_UNIT = "registeringUnit";

  private final AuthorizationService authorizations;
  private final RuntimeService runtime;

  EngineAccess(AuthorizationService authorizations, RuntimeService runtime) {
    this.authorizations = authorizations;
    this.runtime = runtime;
  }

  /** The registering unit sees the matter for its whole life. */
  void registeredBy(String processInstanceId, String unitCode) {
    if (unitCode != null) {
      INSTANCE_RESOURCES.forEach(resource -> grant(processInstanceId, resource, EngineGroups.scope(unitCode)));
    }
  }

  /**
   * The matter is now handled by this unit (null or empty: by nobody in the system); the unit it was
   * handled by before loses it, the registering unit keeps it. Called before the new unit is stored.
   */
  public void handledBy(String number, String unitCode) {
    String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    Object registering = runtime.getVariable(processInstanceId, REGISTERING_UNIT);
    String keep = registering == null ? null : EngineGroups.scope(registering.toString());
    for (Resource resource : INSTANCE_RESOURCES) {
      authorizations.createAuthorizationQuery().resourceType(resource).resourceId(processInstanceId).list().stream()
          .filter(grant -> grant.getGroupId() != null && !grant.getGroupId().equals(keep))
          .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
      if (unitCode != null && !unitCode.isEmpty()) {
        grant(processInstanceId, resource, EngineGroups.scope(unitCode));
      }
    }
  }

  /**
   * Art. 30: the people an accusation names never see it in the engine either, whatever groups they
   * are in — a revoke for the user outranks every group grant.
   */
  public void hiddenFrom(String number, Set<String> usernames) {
    if (usernames.isEmpty()) {
      return;
    }
    String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    for (String username : usernames) {
      for (Resource resource : INSTANCE_RESOURCES) {
        Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId(username);
        revoke.setResource(resource);
        revoke.setResourceId(processInstanceId);
        revoke.removePermission(read(resource));
        authorizations.saveAuthorization(revoke);
      }
    }
  }

  private static org.camunda.bpm.engine.authorization.Permission read(Resource resource) {
    return resource == Resources.PROCESS_INSTANCE ? Permissions.READ : HistoricProcessInstancePermissions.READ;
  }

  private void grant(String processInstanceId, Resource resource, String group) {
    if (authorizations.createAuthorizationQuery().resourceType(resource).resourceId(processInstanceId)
        .groupIdIn(group).count() > 0) {
      return;
    }
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(processInstanceId);
    grant.addPermission(read(resource));
    authorizations.saveAuthorization(grant);
  }
}
