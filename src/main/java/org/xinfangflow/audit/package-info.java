/**
 * 审计 — who did what, when, to which matter, from where: append-only, written in the same
 * transaction as the change, each entry chained to the previous one by a SHA-256 hash so that an
 * edited or deleted entry is detectable.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "petition", "supervision"})
package org.xinfangflow.audit;
