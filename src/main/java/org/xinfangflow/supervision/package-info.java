/**
 * 督查督办 — what supervisors do to keep every matter inside its limits: overdue alerts and warnings
 * over every running clock (statutory and local target), notifications in the application and to
 * each unit's hook, urging notices (催督办) with escalation, local policy profiles, monthly bulletins
 * (月通报) with rectification tracking, the three recommendations (三项建议), sponsored cases
 * (领导包案), leaders' reception days (领导接访) and the petitioners' risk ledger.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "petition", "workflow",
    "calendar", "compliance", "documents", "audit"})
package org.xinfangflow.supervision;
