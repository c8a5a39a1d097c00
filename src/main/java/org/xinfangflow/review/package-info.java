/**
 * 复查与复核 — the petitioner's requests within their windows (Art. 35, 36), the review and
 * re-review opinions within 30 days, hearings (听证) that stop the re-review clock, and finality.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "petition", "workflow", "calendar", "compliance"})
package org.xinfangflow.review;
