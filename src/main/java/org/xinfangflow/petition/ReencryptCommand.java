package org.xinfangflow.petition;

import java.io.PrintStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.xinfangflow.shared.MaintenanceCommand;

/**
 * {@code java -jar xinfang-flow.jar --reencrypt}: after a key rotation, moves every stored ID number and
 * its hash to the current key, prints how many rows it changed and exits with 0 when no row is left on
 * another key, 1 otherwise (a row that could not be read, or rows changed meanwhile: run it again).
 */
@Component
class ReencryptCommand extends MaintenanceCommand {

  static final String FLAG = "reencrypt";

  private final IdNumberReencryption reencryption;

  ReencryptCommand(IdNumberReencryption reencryption, ConfigurableApplicationContext context) {
    super(FLAG, context);
    this.reencryption = reencryption;
  }

  @Override
  protected int runAndReport(PrintStream out) {
    ReencryptionResult result;
    try {
      result = reencryption.run();
    } catch (RuntimeException e) {
      out.println("REENCRYPTION FAILED: " + e.getMessage()
          + " (rows of the batches before were re-encrypted and committed; fix the cause and run again)");
      return 1;
    }
    out.println("REENCRYPTED: " + result.changed() + " rows changed to key " + result.keyId() + " ("
        + result.total() + " rows with an ID number)");
    if (!result.complete()) {
      out.println("NOT COMPLETE: " + result.remaining() + " rows are not on key " + result.keyId()
          + " (" + result.changedConcurrently() + " changed while it ran): run --reencrypt again");
      return 1;
    }
    out.println("All ID numbers are on key " + result.keyId() + ": the previous keys may be removed");
    return 0;
  }
}
