package org.xinfangflow.reporting;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 重建统计 — writes the projection again from the engine's history tables, a batch of process instances per
 * transaction. Each batch replaces the rows of the instances it finds, so a matter that moves while the
 * rebuild runs is simply written by whichever comes last, from the same history. Rows of matters whose history
 * the engine has cleaned (history time to live, docs/reporting.md) are kept as they are: nothing is left to
 * compute them from, and the projection is where their figures live on.
 */
@Service
class ProjectionRebuild {

  private static final List<String> PROCESSES = List.of(FactFunctions.LIFECYCLE, FactFunctions.SPONSORED_CASE);

  private final EngineHistory history;
  private final ProjectionWriter writer;
  private final TransactionTemplate transactions;
  private final int batchSize;

  ProjectionRebuild(EngineHistory history, ProjectionWriter writer, PlatformTransactionManager transactionManager,
      @Value("${xinfang.reporting.rebuild-batch-size:200}") int batchSize) {
    this.history = history;
    this.writer = writer;
    this.transactions = new TransactionTemplate(transactionManager);
    this.batchSize = batchSize;
  }

  /** Rewrites the facts of every instance whose history is still there; answers how many it wrote. */
  int rebuild() {
    int written = 0;
    for (int first = 0; ; first += batchSize) {
      int from = first;
      List<String> ids = history.instanceIds(PROCESSES, from, batchSize);
      if (ids.isEmpty()) {
        return written;
      }
      written += transactions.execute(status -> writer.refresh(ids));
    }
  }
}
