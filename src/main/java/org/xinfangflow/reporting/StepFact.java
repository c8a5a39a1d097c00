package org.xinfangflow.reporting;

import java.time.Instant;

/**
 * 环节事实 — one row of {@code report_step_fact}: an ended user task of the lifecycle, its limit
 * ({@code dueAt}: the first instant after the last day) and whether it ended in time. {@code completed}
 * is false when a window ran out and cancelled it.
 */
record StepFact(String activityInstanceId, String processInstanceId, String number, String step, String activityId,
    Instant startedAt, Instant endedAt, Instant dueAt, boolean completed, Boolean onTime) {
}
