package org.xinfangflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfangflow.support.Gate;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * Two transactions that move one matter at once (a repeat registered while a step completes, parallel
 * branches) both rewrite its fact rows. The second waits for the first to commit and then replaces its
 * rows, instead of failing on their keys.
 */
@IntegrationTest
class ProjectionConcurrencyIntegrationTests {

  private final ProjectionWriter writer;
  private final TransactionTemplate transactions;
  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;
  private final Matters matters;
  private final TimeMachine time;

  @Autowired
  ProjectionConcurrencyIntegrationTests(ProjectionWriter writer, PlatformTransactionManager transactionManager,
      RuntimeService runtime, JdbcTemplate jdbc, Matters matters, TimeMachine time) {
    this.writer = writer;
    this.transactions = new TransactionTemplate(transactionManager);
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.matters = matters;
    this.time = time;
  }

  @Test
  void aSecondRewriteOfTheSameMatterWaitsForTheFirstAndSucceeds() throws Exception {
    String number = matters.register(time.noonOf("2026-10-12"));
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    Gate firstWrote = new Gate();
    Gate firstMayCommit = new Gate();

    CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
      int found = writer.refresh(List.of(instance));
      firstWrote.open();
      firstMayCommit.pass();
      return found;
    }));
    firstWrote.pass();
    CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() ->
        transactions.execute(status -> writer.refresh(List.of(instance))));
    // give the second time to reach the rows the first holds (no deadline is waited for here)
    assertThat(second).as("the second waits while the first holds the matter").isNotCompleted();
    Thread.sleep(500); // less than H2's lock timeout (1 s)
    firstMayCommit.open();

    assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(second.get(60, TimeUnit.SECONDS)).as("the second rewrite").isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from report_matter_fact where process_instance_id = ?",
        Integer.class, instance)).isEqualTo(1);
  }
}
