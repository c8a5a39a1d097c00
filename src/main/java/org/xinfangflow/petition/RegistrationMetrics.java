package org.xinfangflow.petition;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * 登记量 — {@code xinfang.petitions.registered{channel, repeat}}: each petition registered, counted once its
 * registration has committed (a registration that rolls back is not counted). Every channel is registered
 * at start, at zero, so a rate over the first registration of a channel is not lost.
 */
@Component
class RegistrationMetrics {

  static final String REGISTERED = "xinfang.petitions.registered";

  private final MeterRegistry registry;

  RegistrationMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (Channel channel : Channel.values()) {
      counter(channel, false);
      counter(channel, true);
    }
  }

  @TransactionalEventListener
  void on(PetitionRegistered registered) {
    counter(registered.channel(), false).increment();
  }

  @TransactionalEventListener
  void on(RepeatRegistered repeat) {
    counter(repeat.channel(), true).increment();
  }

  private Counter counter(Channel channel, boolean repeat) {
    return Counter.builder(REGISTERED).description("Petitions registered, repeats (Art. 19) included")
        .tag("channel", channel.name()).tag("repeat", String.valueOf(repeat)).register(registry);
  }
}
