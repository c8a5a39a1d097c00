package org.xinfangflow.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** Two people acting on the same step at once: one wins, the others get 409, nothing is half-written. */
@IntegrationTest
class ConcurrentStepIntegrationTests {

  private final Matters matters;
  private final TimeMachine time;
  private final JdbcTemplate jdbc;

  @Autowired
  ConcurrentStepIntegrationTests(Matters matters, TimeMachine time, JdbcTemplate jdbc) {
    this.matters = matters;
    this.time = time;
    this.jdbc = jdbc;
  }

  @Test
  void oneAcceptanceWinsTheOthersGet409() throws Exception {
    String number = matters.register(time.noonOf("2026-05-11"));
    matters.dispatchToHousing(number);
    List<Integer> statuses = race(6, i -> matters.step(i % 2 == 0 ? "handler" : "handler2", number, "acceptance",
        Map.of("decision", "ACCEPT")).status());
    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    assertThat(count("select count(*) from petition_event e join petition p on p.id = e.petition_id "
        + "where p.number = ? and e.kind = '受理'", number)).isEqualTo(1);
    assertThat(count("select count(*) from petition_deadline d join petition p on p.id = d.petition_id "
        + "where p.number = ? and d.step = 'HANDLING'", number)).isEqualTo(1);
    assertThat(matters.status(number)).isEqualTo("ACCEPTED");
  }

  @Test
  void oneReplyDraftWinsAndOnlyItsRowIsKept() throws Exception {
    String number = matters.register(time.noonOf("2026-05-12"));
    matters.dispatchToHousing(number);
    matters.accept(number);
    List<Integer> statuses = race(4, i -> matters.step("handler", number, "reply", Map.of("outcome", "SUPPORT",
        "facts", "事实" + i, "basis", "依据", "opinion", "意见")).status());
    assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    assertThat(statuses).containsOnly(200, 409);
    assertThat(count("select count(*) from reply where petition_number = ?", number)).isEqualTo(1);
  }

  private long count(String sql, String number) {
    return jdbc.queryForObject(sql, Long.class, number);
  }

  private static List<Integer> race(int people, IntCall call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(people);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < people; i++) {
        int person = i;
        calls.add(() -> {
          start.await();
          return call.apply(person);
        });
      }
      List<Future<Integer>> futures = new ArrayList<>();
      calls.forEach(c -> futures.add(pool.submit(c)));
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> future : futures) {
        statuses.add(future.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface IntCall {
    int apply(int person) throws Exception;
  }
}
