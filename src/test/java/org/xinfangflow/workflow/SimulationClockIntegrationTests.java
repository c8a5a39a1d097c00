package org.xinfangflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** 模拟时钟 (API.md, Simulation): only forward, and the timers that fall due run on the way. */
@IntegrationTest
class SimulationClockIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;

  @Autowired
  SimulationClockIntegrationTests(Api api, Matters matters, TimeMachine time) {
    this.api = api;
    this.matters = matters;
    this.time = time;
  }

  @Test
  void movingTheClockForwardFiresTheTimersOnTheWay() {
    String number = matters.register(time.noonOf("2026-03-02"));
    var moved = api.as("admin").put("/api/simulation/clock", Map.of("now", "2026-03-18T00:00:01+08:00"));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(OffsetDateTime.parse(moved.text("now")).toLocalDate().toString()).isEqualTo("2026-03-18");
    assertThat(api.as("admin").get("/api/simulation/clock").text("now")).startsWith("2026-03-18T00:00");
    var dispose = matters.detail(number).body().path("deadlines").get(0);
    assertThat(dispose.path("due").asText()).isEqualTo("2026-03-17");
    assertThat(dispose.path("overdue").asBoolean()).isTrue();
  }

  @Test
  void theClockNeverMovesBack() {
    time.noonOf("2026-03-20");
    var back = api.as("admin").put("/api/simulation/clock", Map.of("now", "2026-03-01T00:00:00+08:00"));
    assertThat(back.status()).isEqualTo(400);
    assertThat(back.text("field")).isEqualTo("now");
    var garbage = api.as("admin").put("/api/simulation/clock", Map.of("now", "tomorrow"));
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(garbage.text("field")).isEqualTo("now");
  }

  @Test
  void theTaskListShowsTheCallersOpenWorkWithItsLastDay() {
    String number = matters.register(time.noonOf("2026-03-02"));
    var tasks = api.as("clerk").get("/api/tasks");
    assertThat(tasks.status()).isEqualTo(200);
    boolean found = false;
    for (var task : tasks.body()) {
      if (number.equals(task.path("number").asText())) {
        found = true;
        assertThat(task.path("step").asText()).isEqualTo("DISPOSE");
        assertThat(task.path("due").asText()).isEqualTo("2026-03-17");
      }
    }
    assertThat(found).as("clerk's task list holds " + number).isTrue();
    assertThat(api.as("handler-edu").get("/api/tasks").body().toString()).doesNotContain(number);
  }
}
