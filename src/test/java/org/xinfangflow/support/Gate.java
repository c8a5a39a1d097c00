package org.xinfangflow.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A gate between a test and a transaction it runs on another thread: one side waits at it until the other
 * opens it. Waiting fails after 30 seconds rather than hanging the suite.
 */
public final class Gate {

  private final CountDownLatch latch = new CountDownLatch(1);

  public void open() {
    latch.countDown();
  }

  /** Waits until the gate is opened; fails if it is not within 30 seconds. */
  public void pass() {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the gate was not opened within 30 seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
