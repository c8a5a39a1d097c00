package org.xinfangflow.supervision.cases;

/** Where a reception day stands: drafted, published in the schedule, or called off. */
enum ReceptionStatus {
  /** 草稿 — only supervisors see it. */
  DRAFT,
  /** 已公布. */
  PUBLISHED,
  /** 已取消. */
  CANCELLED
}
