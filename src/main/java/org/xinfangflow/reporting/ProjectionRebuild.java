package org.xinfangflow.reporting;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 重建统计 — empties the projection and writes it again from the engine's history tables, a batch of
 * process instances per transaction. Each batch replaces its instances' rows, so a matter that moves
 * while the rebuild runs is simply written by whichever comes last, from the same history.
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

  /** Rebuilds the whole projection; answers how many process instances it wrote. */
  int rebuild() {
    transactions.executeWithoutResult(status -> writer.clear());
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
