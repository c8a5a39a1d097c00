package org.xinfangflow.workflow;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.MovableClock;

/**
 * 模拟时钟 — only with {@code xinfang.simulation.enabled=true}: read the clock, move it forward;
 * timers that fall due on the way run before the answer.
 */
@RestController
@RequestMapping("/api/simulation/clock")
@ConditionalOnProperty(name = "xinfang.simulation.enabled", havingValue = "true")
class SimulationController {

  private final MovableClock clock;
  private final DueJobs dueJobs;
  private final ApplicationEventPublisher publisher;

  SimulationController(MovableClock clock, DueJobs dueJobs, ApplicationEventPublisher publisher) {
    this.clock = clock;
    this.dueJobs = dueJobs;
    this.publisher = publisher;
  }

  @GetMapping
  Map<String, Object> now() {
    return Map.of("now", OffsetDateTime.ofInstant(clock.instant(), Beijing.ZONE));
  }

  @PutMapping
  Map<String, Object> move(@Valid @RequestBody ClockMove move) {
    if (move.now().toInstant().isBefore(clock.instant())) {
      throw ApiProblem.badInput("now", "now: 模拟时钟只能向前拨动");
    }
    clock.setTo(move.now().toInstant());
    int jobs = dueJobs.runAll();
    publisher.publishEvent(new SimulatedTimeMoved(clock.instant()));
    return Map.of("now", OffsetDateTime.ofInstant(clock.instant(), Beijing.ZONE), "jobsExecuted", jobs);
  }

  record ClockMove(@NotNull(message = "必填") OffsetDateTime now) {
  }
}
