package org.xinfangflow.petition;

import java.time.Instant;
import java.util.List;

/** The matter as {@code GET /api/petitions/{number}} shows it. */
public record PetitionDetail(String number, Channel channel, Instant receivedAt, Instant registeredAt,
    String registeredBy, List<PetitionerView> petitioners, int headcount, boolean collective, String title,
    String content, String category, String regionCode, String targetUnit, Classification classification,
    DispatchAction action, String unit, PetitionStatus status, String currentStep, List<String> openSteps,
    String repeatOf, List<DeadlineView> deadlines, List<TimelineEntry> timeline, List<Object> findings) {

  /** A petitioner on the detail view. */
  public record PetitionerView(String name, String idNumber, String phone, String address) {
  }
}
