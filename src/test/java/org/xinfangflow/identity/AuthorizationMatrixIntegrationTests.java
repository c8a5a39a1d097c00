package org.xinfangflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;

/**
 * Every endpoint of the application × every role (and nobody): the roles API.md allows get past
 * authorization (never 401/403), all others get 403, nobody gets 401. The endpoint list is read from
 * the application itself, so an endpoint added without a rule here fails the build.
 */
@IntegrationTest
class AuthorizationMatrixIntegrationTests {

  /** The expected rules, written from API.md independently of the application's own table. */
  private static final Map<String, Set<Role>> EXPECTED = Map.ofEntries(
      Map.entry("POST /api/petitions", Set.of(Role.CLERK)),
      Map.entry("GET /api/petitions", Set.of(Role.values())),
      Map.entry("GET /api/petitions/{number}", Set.of(Role.values())),
      Map.entry("POST /api/petitions/{number}/attachments", Set.of(Role.CLERK, Role.HANDLER, Role.HEAD, Role.REVIEWER)),
      Map.entry("GET /api/petitions/{number}/attachments", Set.of(Role.values())),
      Map.entry("GET /api/petitions/{number}/attachments/{id}", Set.of(Role.values())),
      Map.entry("GET /api/petitions/{number}/documents", Set.of(Role.values())),
      Map.entry("GET /api/petitions/{number}/documents/{id}", Set.of(Role.values())),
      Map.entry("POST /api/petitions/{number}/dispatch", Set.of(Role.CLERK)),
      Map.entry("GET /api/petitions/{number}/classification-hint", Set.of(Role.CLERK)),
      Map.entry("POST /api/classification-hints", Set.of(Role.CLERK)),
      Map.entry("POST /api/petitions/{number}/acceptance", Set.of(Role.HANDLER)),
      Map.entry("POST /api/petitions/{number}/extension", Set.of(Role.HEAD)),
      Map.entry("POST /api/petitions/{number}/reply", Set.of(Role.HANDLER)),
      Map.entry("POST /api/petitions/{number}/reply/review", Set.of(Role.HANDLER)),
      Map.entry("POST /api/petitions/{number}/reply/sign", Set.of(Role.HEAD)),
      Map.entry("POST /api/petitions/{number}/reply/precheck", Set.of(Role.REVIEWER)),
      Map.entry("POST /api/petitions/{number}/reply/delivery", Set.of(Role.HANDLER)),
      Map.entry("POST /api/petitions/{number}/evaluation", Set.of(Role.CLERK)),
      Map.entry("POST /api/petitions/{number}/review-request", Set.of(Role.CLERK)),
      Map.entry("POST /api/petitions/{number}/review-opinion", Set.of(Role.REVIEWER)),
      Map.entry("POST /api/petitions/{number}/re-review-request", Set.of(Role.CLERK)),
      Map.entry("POST /api/petitions/{number}/hearing", Set.of(Role.REVIEWER)),
      Map.entry("POST /api/petitions/{number}/re-review-opinion", Set.of(Role.REVIEWER)),
      Map.entry("GET /api/tasks", Set.of(Role.values())),
      Map.entry("GET /api/compliance/findings", Set.of(Role.SUPERVISOR, Role.AUDITOR)),
      Map.entry("POST /api/compliance/findings/{id}/close", Set.of(Role.SUPERVISOR)),
      Map.entry("GET /api/compliance/rules", Set.of(Role.values())),
      Map.entry("GET /api/supervision/overdue", Set.of(Role.SUPERVISOR)),
      Map.entry("GET /api/supervision/warnings", Set.of(Role.SUPERVISOR)),
      Map.entry("POST /api/petitions/{number}/urging", Set.of(Role.SUPERVISOR)),
      Map.entry("GET /api/petitions/{number}/urgings", Set.of(Role.values())),
      Map.entry("GET /api/supervision/profiles", Set.of(Role.values())),
      Map.entry("GET /api/supervision/profiles/{unit}", Set.of(Role.values())),
      Map.entry("PUT /api/supervision/profiles/{unit}", Set.of(Role.SUPERVISOR, Role.ADMIN)),
      Map.entry("GET /api/supervision/hooks/{unit}", Set.of(Role.SUPERVISOR, Role.ADMIN)),
      Map.entry("PUT /api/supervision/hooks/{unit}", Set.of(Role.SUPERVISOR, Role.ADMIN)),
      Map.entry("GET /api/supervision/outbound", Set.of(Role.SUPERVISOR, Role.ADMIN)),
      Map.entry("GET /api/notifications", Set.of(Role.values())),
      Map.entry("POST /api/notifications/{id}/read", Set.of(Role.values())),
      Map.entry("POST /api/supervision/bulletins", Set.of(Role.SUPERVISOR)),
      Map.entry("GET /api/supervision/bulletins", Set.of(Role.SUPERVISOR, Role.AUDITOR)),
      Map.entry("GET /api/supervision/bulletins/{id}", Set.of(Role.SUPERVISOR, Role.AUDITOR)),
      Map.entry("GET /api/supervision/bulletins/{id}.xlsx", Set.of(Role.SUPERVISOR, Role.AUDITOR)),
      Map.entry("GET /api/supervision/bulletins/{id}.pdf", Set.of(Role.SUPERVISOR, Role.AUDITOR)),
      Map.entry("GET /api/supervision/problems", Set.of(Role.SUPERVISOR, Role.AUDITOR, Role.HEAD, Role.HANDLER)),
      Map.entry("POST /api/supervision/problems/{id}/rectification", Set.of(Role.HEAD, Role.HANDLER)),
      Map.entry("POST /api/supervision/problems/{id}/verification", Set.of(Role.SUPERVISOR)),
      // supervision cases (issue 5): written from the issue independently of EndpointRules
      Map.entry("POST /api/supervision/recommendations", Set.of(Role.SUPERVISOR)),
      Map.entry("GET /api/supervision/recommendations", Set.of(Role.SUPERVISOR, Role.HEAD, Role.HANDLER)),
      Map.entry("GET /api/supervision/recommendations/{id}", Set.of(Role.SUPERVISOR, Role.HEAD, Role.HANDLER)),
      Map.entry("GET /api/supervision/recommendations/{id}/letter", Set.of(Role.SUPERVISOR, Role.HEAD, Role.HANDLER)),
      Map.entry("POST /api/supervision/recommendations/{id}/response", Set.of(Role.HEAD, Role.HANDLER)),
      Map.entry("POST /api/petitions/{number}/sponsorship", Set.of(Role.SUPERVISOR)),
      Map.entry("POST /api/petitions/{number}/sponsorship/outcome", Set.of(Role.SUPERVISOR)),
      Map.entry("GET /api/supervision/sponsorships", Set.of(Role.SUPERVISOR)),
      Map.entry("POST /api/supervision/receptions", Set.of(Role.SUPERVISOR)),
      Map.entry("GET /api/supervision/receptions", Set.of(Role.values())),
      Map.entry("GET /api/supervision/receptions/{id}", Set.of(Role.values())),
      Map.entry("POST /api/supervision/receptions/{id}/publish", Set.of(Role.SUPERVISOR)),
      Map.entry("POST /api/supervision/receptions/{id}/cancel", Set.of(Role.SUPERVISOR)),
      Map.entry("POST /api/petitions/{number}/reception", Set.of(Role.CLERK)),
      Map.entry("PUT /api/supervision/risks", Set.of(Role.SUPERVISOR)),
      Map.entry("GET /api/supervision/risks", Set.of(Role.SUPERVISOR)),
      Map.entry("POST /api/supervision/risks/lookup", Set.of(Role.SUPERVISOR)),
      Map.entry("GET /api/petitions/{number}/petitioner-risk", Set.of(Role.SUPERVISOR)),
      Map.entry("GET /api/reports/yearly", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      Map.entry("GET /api/reports", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      // exports (issue 6): written from the issue and the agreed export contract, independently of EndpointRules
      Map.entry("GET /api/reports/definitions", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      Map.entry("GET /api/reports/yearly/{year}.xlsx", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      Map.entry("GET /api/reports/yearly/{year}.csv", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      Map.entry("POST /api/reports/exports", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      Map.entry("GET /api/reports/exports", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      Map.entry("GET /api/reports/exports/{id}", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      Map.entry("GET /api/reports/exports/{id}/file", Set.of(Role.AUDITOR, Role.SUPERVISOR)),
      Map.entry("GET /api/me", Set.of(Role.values())),
      Map.entry("GET /api/simulation/clock", Set.of(Role.values())),
      Map.entry("PUT /api/simulation/clock", Set.of(Role.ADMIN, Role.SUPERVISOR)),
      Map.entry("GET /api/audit", Set.of(Role.AUDITOR, Role.ADMIN)),
      Map.entry("GET /api/audit/verify", Set.of(Role.AUDITOR, Role.ADMIN)),
      Map.entry("GET /api/admin/units", Set.of(Role.ADMIN)),
      Map.entry("PUT /api/admin/units", Set.of(Role.ADMIN)),
      Map.entry("GET /api/admin/users", Set.of(Role.ADMIN)),
      Map.entry("POST /api/admin/users", Set.of(Role.ADMIN)),
      Map.entry("PUT /api/admin/users/{username}", Set.of(Role.ADMIN)),
      Map.entry("POST /api/admin/users/{username}/password", Set.of(Role.ADMIN)));

  /**
   * The actuator, not an endpoint of the application's own: health and info for anybody (probes), the
   * Prometheus scrape and the rest for an auditor's or administrator's account (docs/metrics.md).
   */
  private static final Map<String, Set<Role>> ACTUATOR = Map.of(
      "/actuator/prometheus", Set.of(Role.AUDITOR, Role.ADMIN),
      "/actuator/metrics", Set.of(Role.AUDITOR, Role.ADMIN));

  /** One demo user per role. */
  private static final Map<Role, String> USERS = Map.of(Role.CLERK, "clerk", Role.HANDLER, "handler",
      Role.HEAD, "head", Role.REVIEWER, "reviewer", Role.SUPERVISOR, "supervisor", Role.AUDITOR, "auditor",
      Role.ADMIN, "admin");

  private final Api api;
  private final RequestMappingHandlerMapping mappings;
  private final Environment environment;

  @Autowired
  AuthorizationMatrixIntegrationTests(Api api,
      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings, Environment environment) {
    this.api = api;
    this.mappings = mappings;
    this.environment = environment;
  }

  @Test
  void everyEndpointOfTheApplicationHasARule() {
    assertThat(applicationEndpoints()).isEqualTo(new TreeSet<>(EXPECTED.keySet()));
  }

  @Test
  void eachRoleIsLetThroughExactlyWhereItsRuleSays() {
    List<String> wrong = new ArrayList<>();
    for (String endpoint : applicationEndpoints()) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{number}", "XF-1999-999999")
          .replace("{username}", "nobody-at-all").replace("{unit}", "NO-SUCH-UNIT")
          .replace("{year}", "1999").replace("{id}", "00000000-0000-0000-0000-000000000000");
      int anonymous = call(null, method, path);
      if (anonymous != 401) {
        wrong.add(endpoint + " anonymous → " + anonymous);
      }
      for (Role role : Role.values()) {
        int status = call(USERS.get(role), method, path);
        boolean allowed = EXPECTED.getOrDefault(endpoint, Set.of()).contains(role);
        if (allowed && (status == 401 || status == 403)) {
          wrong.add(endpoint + " " + role + " refused with " + status);
        }
        if (!allowed && status != 403) {
          wrong.add(endpoint + " " + role + " → " + status + " (expected 403)");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theActuatorIsForAuditorsAndAdministratorsButItsProbes() {
    List<String> wrong = new ArrayList<>();
    assertThat(status(null, "/actuator/health")).as("up or down (the test mail server), never refused")
        .isNotIn(401, 403);
    ACTUATOR.forEach((path, roles) -> {
      if (status(null, path) != 401) {
        wrong.add(path + " anonymous → " + status(null, path));
      }
      for (Role role : Role.values()) {
        int status = status(USERS.get(role), path);
        if (status != (roles.contains(role) ? 200 : 403)) {
          wrong.add(path + " " + role + " → " + status);
        }
      }
    });
    assertThat(wrong).isEmpty();
  }

  /** The status only: the actuator's answers are not all JSON. */
  private int status(String user, String path) {
    return RestClient.builder().baseUrl("http://127.0.0.1:" + environment.getProperty("local.server.port")).build()
        .get().uri(path).headers(headers -> {
          if (user != null) {
            headers.setBasicAuth(user, "demo");
          }
        }).exchange((request, response) -> response.getStatusCode().value());
  }

  private int call(String user, String method, String path) {
    return switch (method) {
      case "GET" -> api.as(user).get(path).status();
      case "PUT" -> api.as(user).put(path, "{}").status();
      default -> api.as(user).post(path, "{}").status();
    };
  }

  private Set<String> applicationEndpoints() {
    return mappings.getHandlerMethods().entrySet().stream()
        .filter(entry -> entry.getValue().getBeanType().getPackageName().startsWith("org.xinfangflow"))
        .flatMap(entry -> entry.getKey().getMethodsCondition().getMethods().stream()
            .flatMap(method -> entry.getKey().getPatternValues().stream().map(path -> method + " " + path)))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
