/**
 * 统计 — the reporting projection and the figures bureaus report (DOMAIN.md §6). The projection is
 * derived data: a history event handler installed beside the engine's own writes fact rows as process
 * instances and their activities move on, and {@code --rebuild-reporting} writes exactly the same rows
 * again from the engine's history tables. Figures are read from the projection and nowhere else.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "calendar", "workflow"})
package org.xinfangflow.reporting;
