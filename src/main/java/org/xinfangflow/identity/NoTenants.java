package org.xinfangflow.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The application runs without engine tenants: every tenant query is empty. */
class NoTenants extends TenantQueryImpl {

  NoTenants() {
  }

  NoTenants(CommandExecutor executor) {
    super(executor);
  }

  @Override
  public long executeCount(CommandContext context) {
    return 0;
  }

  @Override
  public List<Tenant> executeList(CommandContext context, Page page) {
    return List.of();
  }
}
