package org.xinfangflow.petition;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Appends entries to a matter's timeline at the application clock's time. */
@Component
class TimelineRecorder {

  private final PetitionEventRepository events;
  private final Clock clock;

  TimelineRecorder(PetitionEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  void record(Petition petition, String actor, String kind, String detail) {
    events.save(new PetitionEvent(petition.getId(), clock.instant(), actor, kind, detail));
  }
}
