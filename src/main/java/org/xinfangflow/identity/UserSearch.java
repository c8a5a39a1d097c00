package org.xinfangflow.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The engine's user query, answered from the application's directory. */
class UserSearch extends UserQueryImpl {

  UserSearch() {
  }

  UserSearch(CommandExecutor executor) {
    super(executor);
  }

  String procDefId() {
    return procDefId;
  }

  @Override
  public long executeCount(CommandContext context) {
    return EngineIdentityProvider.of(context).users(this).size();
  }

  @Override
  public List<User> executeList(CommandContext context, Page page) {
    return EngineIdentityProvider.page(EngineIdentityProvider.of(context).users(this), page);
  }
}
