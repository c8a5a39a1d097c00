package org.xinfangflow.identity;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * 权限表 — which roles may call which endpoint (API.md). One table, applied by the security filter
 * chain before a request body is even read; an endpoint without a rule is refused to everyone
 * (and fails {@code AuthorizationMatrixIntegrationTests}). Data scope (own unit) is checked by the
 * modules on top of this.
 */
public final class EndpointRules {

  /** One rule: method, path pattern ({@code *} is one path segment), the roles allowed (empty: any signed-in user). */
  public record Rule(HttpMethod method, String path, Set<Role> roles) {
  }

  private static final String MATTER = "/api/petitions/*";

  public static final List<Rule> RULES = List.of(
      new Rule(POST, "/api/petitions", Set.of(Role.CLERK)),
      new Rule(GET, "/api/petitions", Set.of()),
      new Rule(GET, MATTER, Set.of()),
      new Rule(POST, MATTER + "/attachments", Set.of(Role.CLERK, Role.HANDLER, Role.HEAD, Role.REVIEWER)),
      new Rule(GET, MATTER + "/attachments", Set.of()),
      new Rule(GET, MATTER + "/attachments/*", Set.of()),
      new Rule(GET, MATTER + "/documents", Set.of()),
      new Rule(GET, MATTER + "/documents/*", Set.of()),
      new Rule(POST, MATTER + "/dispatch", Set.of(Role.CLERK)),
      new Rule(GET, MATTER + "/classification-hint", Set.of(Role.CLERK)),
      new Rule(POST, "/api/classification-hints", Set.of(Role.CLERK)),
      new Rule(POST, MATTER + "/acceptance", Set.of(Role.HANDLER)),
      new Rule(POST, MATTER + "/extension", Set.of(Role.HEAD)),
      new Rule(POST, MATTER + "/reply", Set.of(Role.HANDLER)),
      new Rule(POST, MATTER + "/reply/review", Set.of(Role.HANDLER)),
      new Rule(POST, MATTER + "/reply/sign", Set.of(Role.HEAD)),
      new Rule(POST, MATTER + "/reply/precheck", Set.of(Role.REVIEWER)),
      new Rule(POST, MATTER + "/reply/delivery", Set.of(Role.HANDLER)),
      new Rule(POST, MATTER + "/evaluation", Set.of(Role.CLERK)),
      new Rule(POST, MATTER + "/review-request", Set.of(Role.CLERK)),
      new Rule(POST, MATTER + "/review-opinion", Set.of(Role.REVIEWER)),
      new Rule(POST, MATTER + "/re-review-request", Set.of(Role.CLERK)),
      new Rule(POST, MATTER + "/hearing", Set.of(Role.REVIEWER)),
      new Rule(POST, MATTER + "/re-review-opinion", Set.of(Role.REVIEWER)),
      new Rule(GET, "/api/tasks", Set.of()),
      new Rule(GET, "/api/compliance/findings", Set.of(Role.SUPERVISOR, Role.AUDITOR)),
      new Rule(POST, "/api/compliance/findings/*/close", Set.of(Role.SUPERVISOR)),
      new Rule(GET, "/api/compliance/rules", Set.of()),
      new Rule(GET, "/api/supervision/overdue", Set.of(Role.SUPERVISOR)),
      new Rule(GET, "/api/supervision/warnings", Set.of(Role.SUPERVISOR)),
      new Rule(POST, MATTER + "/urging", Set.of(Role.SUPERVISOR)),
      new Rule(GET, MATTER + "/urgings", Set.of()),
      new Rule(GET, "/api/supervision/profiles", Set.of()),
      new Rule(GET, "/api/supervision/profiles/*", Set.of()),
      new Rule(PUT, "/api/supervision/profiles/*", Set.of(Role.SUPERVISOR, Role.ADMIN)),
      new Rule(GET, "/api/supervision/hooks/*", Set.of(Role.SUPERVISOR, Role.ADMIN)),
      new Rule(PUT, "/api/supervision/hooks/*", Set.of(Role.SUPERVISOR, Role.ADMIN)),
      new Rule(GET, "/api/supervision/outbound", Set.of(Role.SUPERVISOR, Role.ADMIN)),
      new Rule(GET, "/api/notifications", Set.of()),
      new Rule(POST, "/api/notifications/*/read", Set.of()),
      // monthly bulletins (月通报) and the rectification of their problems (supervision)
      new Rule(POST, "/api/supervision/bulletins", Set.of(Role.SUPERVISOR)),
      new Rule(GET, "/api/supervision/bulletins", Set.of(Role.SUPERVISOR, Role.AUDITOR)),
      new Rule(GET, "/api/supervision/bulletins/*", Set.of(Role.SUPERVISOR, Role.AUDITOR)),
      new Rule(GET, "/api/supervision/problems", Set.of(Role.SUPERVISOR, Role.AUDITOR, Role.HEAD, Role.HANDLER)),
      new Rule(POST, "/api/supervision/problems/*/rectification", Set.of(Role.HEAD, Role.HANDLER)),
      new Rule(POST, "/api/supervision/problems/*/verification", Set.of(Role.SUPERVISOR)),
      // supervision cases: three recommendations, sponsored cases, reception days, risk ledger
      new Rule(POST, "/api/supervision/recommendations", Set.of(Role.SUPERVISOR)),
      new Rule(GET, "/api/supervision/recommendations", Set.of(Role.SUPERVISOR, Role.HEAD, Role.HANDLER)),
      new Rule(GET, "/api/supervision/recommendations/*", Set.of(Role.SUPERVISOR, Role.HEAD, Role.HANDLER)),
      new Rule(GET, "/api/supervision/recommendations/*/letter", Set.of(Role.SUPERVISOR, Role.HEAD, Role.HANDLER)),
      new Rule(POST, "/api/supervision/recommendations/*/response", Set.of(Role.HEAD, Role.HANDLER)),
      new Rule(POST, MATTER + "/sponsorship", Set.of(Role.SUPERVISOR)),
      new Rule(POST, MATTER + "/sponsorship/outcome", Set.of(Role.SUPERVISOR)),
      new Rule(GET, "/api/supervision/sponsorships", Set.of(Role.SUPERVISOR)),
      new Rule(POST, "/api/supervision/receptions", Set.of(Role.SUPERVISOR)),
      new Rule(GET, "/api/supervision/receptions", Set.of()),
      new Rule(GET, "/api/supervision/receptions/*", Set.of()),
      new Rule(POST, "/api/supervision/receptions/*/publish", Set.of(Role.SUPERVISOR)),
      new Rule(POST, "/api/supervision/receptions/*/cancel", Set.of(Role.SUPERVISOR)),
      new Rule(POST, MATTER + "/reception", Set.of(Role.CLERK)),
      new Rule(PUT, "/api/supervision/risks", Set.of(Role.SUPERVISOR)),
      new Rule(GET, "/api/supervision/risks", Set.of(Role.SUPERVISOR)),
      new Rule(POST, "/api/supervision/risks/lookup", Set.of(Role.SUPERVISOR)),
      new Rule(GET, MATTER + "/petitioner-risk", Set.of(Role.SUPERVISOR)),
      // statistics (reporting): the figures of DOMAIN.md §6 for a year or a range, within the caller's scope
      new Rule(GET, "/api/reports/yearly", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      new Rule(GET, "/api/reports", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      // the Prometheus scrape (docs/metrics.md): counts only, but the bureau's own, so an auditor's or administrator's
      // account, never anonymous; the other actuator endpoints but health and info are theirs as well
      new Rule(GET, "/actuator/prometheus", Set.of(Role.AUDITOR, Role.ADMIN)),
      new Rule(GET, "/api/reports/definitions", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      // exports of the figures: the yearly XLSX and CSV downloads, and export jobs (each seen by its owner only)
      new Rule(GET, "/api/reports/yearly/*", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      new Rule(POST, "/api/reports/exports", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      new Rule(GET, "/api/reports/exports", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      new Rule(GET, "/api/reports/exports/*", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      new Rule(GET, "/api/reports/exports/*/file", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      new Rule(GET, "/api/me", Set.of()),
      new Rule(GET, "/api/simulation/clock", Set.of()),
      new Rule(PUT, "/api/simulation/clock", Set.of(Role.ADMIN, Role.SUPERVISOR)),
      new Rule(GET, "/api/audit", Set.of(Role.AUDITOR, Role.ADMIN)),
      new Rule(GET, "/api/audit/verify", Set.of(Role.AUDITOR, Role.ADMIN)),
      new Rule(GET, "/api/admin/units", Set.of(Role.ADMIN)),
      new Rule(PUT, "/api/admin/units", Set.of(Role.ADMIN)),
      new Rule(GET, "/api/admin/users", Set.of(Role.ADMIN)),
      new Rule(POST, "/api/admin/users", Set.of(Role.ADMIN)),
      new Rule(PUT, "/api/admin/users/*", Set.of(Role.ADMIN)),
      new Rule(POST, "/api/admin/users/*/password", Set.of(Role.ADMIN)));

  private EndpointRules() {
  }
}
