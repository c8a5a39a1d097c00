package org.xinfangflow.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The engine's group query, answered from the application's roles and units. */
class GroupSearch extends GroupQueryImpl {

  GroupSearch() {
  }

  GroupSearch(CommandExecutor executor) {
    super(executor);
  }

  String procDefId() {
    return procDefId;
  }

  @Override
  public long executeCount(CommandContext context) {
    return EngineIdentityProvider.of(context).groups(this).size();
  }

  @Override
  public List<Group> executeList(CommandContext context, Page page) {
    return EngineIdentityProvider.page(EngineIdentityProvider.of(context).groups(this), page);
  }
}
