package org.xinfangflow.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.shared.ProblemDetails;

/**
 * 访问控制 — HTTP Basic for API clients, one rule per endpoint ({@link EndpointRules}); the engine's
 * REST API and web applications are secured in {@link EngineWebSecurity}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt today, upgradeable: the stored hash names its algorithm
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, LoginThrottle throttle) throws Exception {
    // path matchers on the whole request path: /engine-rest is Jersey's servlet, not Spring MVC's, so
    // MVC-relative matchers would silently miss it
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(new OrRequestMatcher(path.matcher("/api/**"),
            path.matcher("/actuator/**"), path.matcher("/v3/api-docs/**"), path.matcher("/swagger-ui/**"),
            path.matcher("/swagger-ui.html")))
        .authorizeHttpRequests(auth -> {
          auth.requestMatchers(path.matcher("/actuator/health/**"), path.matcher("/actuator/info")).permitAll();
          auth.requestMatchers(path.matcher("/v3/api-docs/**"), path.matcher("/swagger-ui/**"),
              path.matcher("/swagger-ui.html")).permitAll();
          auth.requestMatchers(path.matcher("/actuator/**")).hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name());
          for (EndpointRules.Rule rule : EndpointRules.RULES) {
            var matched = auth.requestMatchers(path.matcher(rule.method(), rule.path()));
            if (rule.roles().isEmpty()) {
              matched.authenticated();
            } else {
              matched.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
            }
          }
          auth.anyRequest().denyAll();
        })
        .httpBasic(basic -> basic.authenticationEntryPoint(problemEntryPoint(json)))
        .exceptionHandling(ex -> ex
            .authenticationEntryPoint(problemEntryPoint(json))
            .accessDeniedHandler(problemDeniedHandler(json)))
        .addFilterBefore(new LoginThrottleFilter(throttle, json), BasicAuthenticationFilter.class)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // stateless HTTP Basic clients carry no cookies, so there is no session to forge requests with
        .csrf(csrf -> csrf.disable())
        .headers(Customizer.withDefaults());
    return http.build();
  }

  /** 401 as problem+json with an HTTP Basic challenge. */
  static AuthenticationEntryPoint problemEntryPoint(ObjectMapper json) {
    return (request, response, e) -> write(response, json, ApiProblem.unauthenticated());
  }

  /** 403 as problem+json. */
  static AccessDeniedHandler problemDeniedHandler(ObjectMapper json) {
    return (request, response, e) -> write(response, json, ApiProblem.forbidden("当前角色无权执行此操作"));
  }

  private static void write(HttpServletResponse response, ObjectMapper json, ApiProblem problem) throws IOException {
    response.setStatus(problem.status().value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    if (problem.status().value() == 401) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"xinfang-flow\", charset=\"UTF-8\"");
    }
    json.writeValue(response.getOutputStream(), ProblemDetails.of(problem));
  }
}
