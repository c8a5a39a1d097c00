package org.xinfangflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfangflow.support.Gate;
import org.xinfangflow.support.IntegrationTest;

/**
 * The running totals' cells under concurrent writers: two transactions counting the first matters of a cell
 * not there yet both end up in one row (the second waits for the first's insert, then adds to it); a matter
 * moved to another cell leaves its old cell and counts in the new one; a rollback leaves nothing.
 */
@IntegrationTest
class MatterTotalsIntegrationTests {

  private final MatterTotals totals;
  private final TransactionTemplate transactions;
  private final JdbcTemplate jdbc;
  private final String unit = "U-TOT-" + UUID.randomUUID().toString().substring(0, 8);

  @Autowired
  MatterTotalsIntegrationTests(MatterTotals totals, PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
    this.totals = totals;
    this.transactions = new TransactionTemplate(transactionManager);
    this.jdbc = jdbc;
  }

  @AfterEach
  void removeTheCells() {
    jdbc.update("delete from report_matter_total where handling_unit = ?", unit);
  }

  @Test
  void twoTransactionsOpeningTheSameCellBothCount() throws Exception {
    Gate firstInserted = new Gate();
    Gate firstMayCommit = new Gate();
    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
      totals.replace(List.of(), List.of(matter("T1", "SATISFIED", 3)));
      firstInserted.open();
      firstMayCommit.pass();
    }));
    firstInserted.pass();
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status ->
        totals.replace(List.of(), List.of(matter("T2", "DISSATISFIED", 3)))));
    assertThat(second).as("the second waits for the first's new row").isNotCompleted();
    Thread.sleep(300); // less than H2's lock timeout (1 s): the second is waiting on the row by now
    firstMayCommit.open();
    first.get(60, TimeUnit.SECONDS);
    second.get(60, TimeUnit.SECONDS);

    assertThat(cells()).containsExactly("2019-03-01 registered=2 satisfaction=1/2 participation=2/2");
  }

  @Test
  void aMatterMovedToAnotherCellLeavesItsOldOneAndARollbackLeavesNothing() {
    MatterFact march = matter("T3", null, 3);
    transactions.executeWithoutResult(status -> totals.replace(List.of(), List.of(march)));
    MatterFact april = matter("T3", "SATISFIED", 4);
    transactions.executeWithoutResult(status -> totals.replace(List.of(march), List.of(april)));
    assertThat(cells()).containsExactly("2019-03-01 registered=0 satisfaction=0/0 participation=0/0",
        "2019-04-01 registered=1 satisfaction=1/1 participation=1/1");

    transactions.executeWithoutResult(status -> {
      totals.replace(List.of(april), List.of(matter("T3", "SATISFIED", 5)));
      status.setRollbackOnly();
    });
    assertThat(cells()).containsExactly("2019-03-01 registered=0 satisfaction=0/0 participation=0/0",
        "2019-04-01 registered=1 satisfaction=1/1 participation=1/1");
  }

  private List<String> cells() {
    return jdbc.query("select * from report_matter_total where handling_unit = ? order by received_month",
        (rs, row) -> rs.getObject("received_month", LocalDate.class) + " registered=" + rs.getLong("registered")
            + " satisfaction=" + rs.getLong("satisfaction_num") + "/" + rs.getLong("satisfaction_den")
            + " participation=" + rs.getLong("participation_num") + "/" + rs.getLong("participation_den"), unit);
  }

  /** A matter of 2019 handled by this test's unit, received in {@code month}, evaluated so (or not). */
  private MatterFact matter(String number, String evaluation, int month) {
    return new MatterFact(unit + number, "pi-" + unit, null, LocalDate.of(2019, month, 10), "LETTER", "城乡建设",
        "B-TOT", unit, "CLAIM", "DISPATCHED", true, "ACCEPT", LocalDate.of(2019, month, 25), null, null, 0, null,
        evaluation, false, null, null, 0, null, null);
  }
}
