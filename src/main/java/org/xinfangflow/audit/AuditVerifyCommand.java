package org.xinfangflow.audit;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar xinfang-flow.jar --audit-verify}: verifies the chain, prints the result and exits
 * with 0 when intact, 1 when broken (for cron and monitoring).
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

  static final String FLAG = "audit-verify";

  private final AuditTrail trail;
  private final ConfigurableApplicationContext context;

  AuditVerifyCommand(AuditTrail trail, ConfigurableApplicationContext context) {
    this.trail = trail;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (args.containsOption(FLAG)) {
      int code = verifyAndReport(System.out);
      System.exit(SpringApplication.exit(context, () -> code));
    }
  }

  int verifyAndReport(PrintStream out) {
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
