package org.xinfangflow.shared;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A maintenance task run from the command line ({@code java -jar xinfang-flow.jar --<flag>}): it runs
 * once the application has started, prints its report and exits with its code (0 good, 1 not), for
 * cron and monitoring. Without the flag the application starts as usual.
 */
public abstract class MaintenanceCommand implements ApplicationRunner {

  private final String flag;
  private final ConfigurableApplicationContext context;

  protected MaintenanceCommand(String flag, ConfigurableApplicationContext context) {
    this.flag = flag;
    this.context = context;
  }

  @Override
  public final void run(ApplicationArguments args) {
    if (args.containsOption(flag)) {
      int code = runAndReport(System.out);
      System.exit(SpringApplication.exit(context, () -> code));
    }
  }

  /** Does the work, prints what it found and answers the exit code. */
  protected abstract int runAndReport(PrintStream out);
}
