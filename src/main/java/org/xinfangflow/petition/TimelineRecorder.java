package org.xinfangflow.petition;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Appends entries to a matter's timeline at the application clock's time. */
@Component
class TimelineRecorder {

  private final PetitionEventRepository events;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  TimelineRecorder(PetitionEventRepository events, ApplicationEventPublisher publisher, Clock clock) {
    this.events = events;
    this.publisher = publisher;
    this.clock = clock;
  }

  void record(Petition petition, String actor, String kind, String detail) {
    Instant now = clock.instant();
    events.save(new PetitionEvent(petition.getId(), now, actor, kind, detail));
    publisher.publishEvent(new TimelineRecorded(petition.getNumber(), now, actor, kind, detail));
  }
}
