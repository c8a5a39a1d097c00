package org.xinfangflow.compliance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.xinfangflow.petition.TimelineRecorded;

/**
 * Rules run when a matter changes: every command and every clock event writes the matter's timeline,
 * and just before that transaction commits — with all its changes in — the matter is checked, so
 * findings open and close in the same transaction as the change.
 */
@Component
class ComplianceTrigger {

  private final ComplianceService compliance;

  ComplianceTrigger(ComplianceService compliance) {
    this.compliance = compliance;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(TimelineRecorded recorded) {
    compliance.evaluate(recorded.number());
  }
}
