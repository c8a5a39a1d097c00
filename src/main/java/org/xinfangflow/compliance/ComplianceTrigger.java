package org.xinfangflow.compliance;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xinfangflow.petition.TimelineRecorded;

/**
 * Rules run when a matter changes: every command and every clock event writes the matter's timeline,
 * and just before that transaction commits — with all its changes in — each matter it touched is
 * checked once, so findings open and close in the same transaction as the change.
 */
@Component
class ComplianceTrigger {

  private final ComplianceService compliance;

  ComplianceTrigger(ComplianceService compliance) {
    this.compliance = compliance;
  }

  @EventListener
  void on(TimelineRecorded recorded) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      compliance.evaluate(recorded.number());
      return;
    }
    @SuppressWarnings("unchecked")
    Set<String> touched = (Set<String>) TransactionSynchronizationManager.getResource(this);
    if (touched == null) {
      touched = new LinkedHashSet<>();
      bindUntilCompletion(touched);
    }
    touched.add(recorded.number());
  }

  /** The transaction's touched matters, checked once each just before it commits. */
  private void bindUntilCompletion(Set<String> touched) {
    TransactionSynchronizationManager.bindResource(this, touched);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        Set.copyOf(touched).forEach(compliance::evaluate);
      }

      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(ComplianceTrigger.this);
      }
    });
  }
}
