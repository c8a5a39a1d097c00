package org.xinfangflow.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.ProblemDetails;

/**
 * 访问控制 for the API — HTTP Basic for API clients, or the session of a browser signed in through
 * the login form ({@link WebSecurityConfiguration}), then with a CSRF token ({@link BrowserCsrf}).
 * Camunda's web applications and engine REST API are secured in {@link EngineWebSecurity}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt today, upgradeable: the stored hash names its algorithm
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, LoginThrottle throttle, BrowserCsrf csrf,
      UserDetailsService users) throws Exception {
    // path matchers on the whole request path, not MVC-relative ones, as in WebSecurityConfiguration
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/actuator/**"),
            path.matcher("/v3/api-docs/**"), path.matcher("/swagger-ui/**"), path.matcher("/swagger-ui.html")))
        .authorizeHttpRequests(auth -> {
          auth.requestMatchers(path.matcher("/actuator/health/**"), path.matcher("/actuator/info")).permitAll();
          auth.requestMatchers(path.matcher("/v3/api-docs/**"), path.matcher("/swagger-ui/**"),
              path.matcher("/swagger-ui.html")).permitAll();
          for (EndpointRules.Rule rule : EndpointRules.RULES) {
            var matched = auth.requestMatchers(path.matcher(rule.method(), rule.path()));
            if (rule.roles().isEmpty()) {
              matched.authenticated();
            } else {
              matched.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
            }
          }
          auth.requestMatchers(path.matcher("/actuator/**")).hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name());
          auth.anyRequest().denyAll();
        })
        .httpBasic(basic -> basic.authenticationEntryPoint(problemEntryPoint(json)))
        .exceptionHandling(ex -> ex
            .authenticationEntryPoint(problemEntryPoint(json))
            .accessDeniedHandler(problemDeniedHandler(json)))
        .addFilterBefore(new LoginThrottleFilter(throttle, json), BasicAuthenticationFilter.class)
        .addFilterAfter(new SessionUserCheck(users), SecurityContextHolderFilter.class)
        // a browser's session is used, never made here: HTTP Basic clients stay stateless
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .csrf(csrf::forApi)
        .headers(SecurityHeaders.withContentSecurityPolicyExcept(
            new OrRequestMatcher(path.matcher("/swagger-ui/**"), path.matcher("/swagger-ui.html"))));
    return http.build();
  }

  /** 401 as problem+json (with an HTTP Basic challenge unless a web page's script is asking). */
  static AuthenticationEntryPoint problemEntryPoint(ObjectMapper json) {
    return (request, response, e) -> write(request, response, json, ApiProblem.unauthenticated());
  }

  /** 403 as problem+json, saying whether the CSRF token or the role was wrong. */
  static AccessDeniedHandler problemDeniedHandler(ObjectMapper json) {
    return (request, response, e) -> write(request, response, json, e instanceof CsrfException
        ? ApiProblem.forbidden("缺少或无效的 CSRF 令牌（X-XSRF-TOKEN），请刷新页面后重试")
        : ApiProblem.forbidden("当前角色无权执行此操作"));
  }

  private static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
      ApiProblem problem) throws IOException {
    response.setStatus(problem.status().value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    // the web pages' scripts say who they are: no challenge, so the browser shows no password dialog of its own
    if (problem.status().value() == 401 && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"xinfang-flow\", charset=\"UTF-8\"");
    }
    json.writeValue(response.getOutputStream(), ProblemDetails.of(problem));
  }
}
