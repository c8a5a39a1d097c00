package org.xinfangflow.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * 登录限制 — after {@value #MAX_FAILURES} failed sign-ins for one user name within
 * {@link #WINDOW}, further attempts for that name are refused until the window has passed, whatever
 * the password. Kept per application node.
 */
@Component
class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Seconds until a locked user name may try again. */
  long secondsUntil(Instant moment) {
    return Math.max(1, Duration.between(clock.instant(), moment).toSeconds());
  }

  /** When the user name may try again, if it is locked now. */
  Optional<Instant> lockedUntil(String username) {
    Deque<Instant> recent = failures.get(key(username));
    if (recent == null) {
      return Optional.empty();
    }
    synchronized (recent) {
      prune(recent);
      return recent.size() >= MAX_FAILURES ? Optional.of(recent.peekFirst().plus(WINDOW))
          : Optional.empty();
    }
  }

  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    recordFailure(event.getAuthentication().getName());
  }

  /** A failed sign-in for the user name, wherever it was tried. */
  void recordFailure(String username) {
    Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent);
      recent.addLast(clock.instant());
    }
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    failures.remove(key(event.getAuthentication().getName()));
  }

  private void prune(Deque<Instant> recent) {
    Instant horizon = clock.instant().minus(WINDOW);
    while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
      recent.removeFirst();
    }
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase();
  }
}
