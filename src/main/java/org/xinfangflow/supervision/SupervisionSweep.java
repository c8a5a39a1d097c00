package org.xinfangflow.supervision;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfangflow.petition.OpenClocks;
import org.xinfangflow.workflow.SimulatedTimeMoved;

/**
 * The supervision sweep (cron {@code xinfang.supervision.sweep-cron}, every minute by default, and at once
 * when the simulation clock moves): raises the alerts that fell due — each clock's warning, local target
 * and statutory limit, one transaction per batch with its notifications — then escalates urged matters
 * still overdue. Safe on several nodes at once: every raise and escalation is claimed by a conditional
 * update.
 */
@Component
public class SupervisionSweep {

  private static final Logger log = LoggerFactory.getLogger(SupervisionSweep.class);
  private static final int MAX_BATCHES = 10_000;

  private final OpenClocks clocks;
  private final Urgings urgings;
  private final SupervisionProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  SupervisionSweep(OpenClocks clocks, Urgings urgings, SupervisionProperties properties,
      TransactionTemplate transactions, Clock clock) {
    this.clocks = clocks;
    this.urgings = urgings;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(cron = "${xinfang.supervision.sweep-cron}", zone = "Asia/Shanghai")
  void scheduled() {
    run();
  }

  @EventListener
  void on(SimulatedTimeMoved moved) {
    run();
  }

  /** One sweep by the application clock; returns the alerts raised and urgings escalated. */
  public Result run() {
    int alerts = 0;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      Integer raised = transactions.execute(tx -> clocks.raiseDue(clock.instant(), properties.sweepBatch()));
      alerts += raised;
      if (raised == 0) {
        break;
      }
    }
    int urgingsChecked = 0;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      Integer checked = transactions.execute(tx -> urgings.escalateDue(properties.sweepBatch()));
      urgingsChecked += checked;
      if (checked < properties.sweepBatch()) {
        break;
      }
    }
    if (alerts + urgingsChecked > 0) {
      log.info("Supervision sweep: {} alerts raised, {} urgings due checked", alerts, urgingsChecked);
    }
    return new Result(alerts, urgingsChecked);
  }

  /** What one sweep did: alerts raised, urgings whose escalation time had come (escalated or settled). */
  public record Result(int alertsRaised, int urgingsChecked) {
  }
}
