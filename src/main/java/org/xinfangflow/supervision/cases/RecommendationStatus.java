package org.xinfangflow.supervision.cases;

/** Where a recommendation stands; "overdue" is not stored but computed from the deadline and the clock. */
enum RecommendationStatus {
  /** 已发出, awaiting the unit's response. */
  ISSUED,
  /** 已反馈. */
  RESPONDED
}
