package org.xinfangflow.audit;

import java.io.PrintStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.xinfangflow.shared.MaintenanceCommand;

/**
 * {@code java -jar xinfang-flow.jar --audit-verify}: verifies the chain, prints the result and exits
 * with 0 when intact, 1 when broken (for cron and monitoring).
 */
@Component
class AuditVerifyCommand extends MaintenanceCommand {

  static final String FLAG = "audit-verify";

  private final AuditTrail trail;

  AuditVerifyCommand(AuditTrail trail, ConfigurableApplicationContext context) {
    super(FLAG, context);
    this.trail = trail;
  }

  @Override
  protected int runAndReport(PrintStream out) {
    ChainVerification result = trail.verify();
    if (result.intact()) {
      out.println("AUDIT CHAIN INTACT: " + result.checked() + " entries verified");
      return 0;
    }
    out.println("AUDIT CHAIN BROKEN at entry " + result.brokenAt() + ": " + result.reason() + " (" + result.checked()
        + " entries verified before it)");
    return 1;
  }
}
