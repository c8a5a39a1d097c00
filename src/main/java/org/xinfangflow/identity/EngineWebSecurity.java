package org.xinfangflow.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * 流程引擎的登录与权限 — Camunda's web applications ({@code /camunda}) and REST API
 * ({@code /engine-rest}) sign in through the application (its sign-in page or HTTP Basic, one login
 * throttle) and then run as that user: the engine's own authorization checks, fed by the
 * application's directory, decide what each user sees (see {@code EngineIdentityPlugin}).
 */
@Configuration(proxyBeanMethods = false)
class EngineWebSecurity {

  /** After Spring Security's filter chain (order -100), before the servlets. */
  private static final int AFTER_SPRING_SECURITY = 101;

  private static final Map<String, String> CONTAINER_AUTHENTICATION =
      Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());

  @Bean
  @Order(3)
  SecurityFilterChain engineRestSecurity(HttpSecurity http, ObjectMapper json, LoginThrottle throttle)
      throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(path.matcher("/engine-rest/**"))
        .authorizeHttpRequests(auth -> auth
            // password checks go through the application's sign-in and its throttle only
            .requestMatchers(path.matcher("/engine-rest/identity/verify")).denyAll()
            .requestMatchers(stepCompletion(path, "/engine-rest")).denyAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration.problemEntryPoint(json)))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(SecurityConfiguration.problemEntryPoint(json))
            .accessDeniedHandler(SecurityConfiguration.problemDeniedHandler(json)))
        .addFilterBefore(new LoginThrottleFilter(throttle, json), BasicAuthenticationFilter.class)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // stateless HTTP Basic: no cookie to forge a request with
        .csrf(csrf -> csrf.disable())
        .headers(Customizer.withDefaults());
    return http.build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain engineWebApplicationsSecurity(HttpSecurity http, ObjectMapper json, LoginThrottle throttle,
      UserDetailsService users)
      throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(path.matcher("/camunda/**"))
        .authorizeHttpRequests(auth -> auth
            // Camunda's own login form would bypass the application's sign-in
            .requestMatchers(path.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/*")).denyAll()
            .requestMatchers(stepCompletion(path, "/camunda/api/engine/engine/*")).denyAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration.problemEntryPoint(json)))
        .exceptionHandling(ex -> ex
            .defaultAuthenticationEntryPointFor(SecurityConfiguration.problemEntryPoint(json),
                path.matcher("/camunda/api/**"))
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                path.matcher("/camunda/**"))
            .accessDeniedHandler(SecurityConfiguration.problemDeniedHandler(json)))
        .addFilterBefore(new LoginThrottleFilter(throttle, json), BasicAuthenticationFilter.class)
        .addFilterAfter(new SessionUserCheck(users), SecurityContextHolderFilter.class)
        // the web applications send Camunda's own CSRF token (X-XSRF-TOKEN), checked by Camunda's filter
        .csrf(csrf -> csrf.disable())
        .headers(Customizer.withDefaults());
    return http.build();
  }

  /**
   * A step is done only through the application, which checks and records it: completing a task
   * through the engine's REST API or Tasklist is refused here (and by the workflow module's guard).
   */
  private static RequestMatcher stepCompletion(PathPatternRequestMatcher.Builder path, String restRoot) {
    return new OrRequestMatcher(path.matcher(HttpMethod.POST, restRoot + "/task/*/complete"),
        path.matcher(HttpMethod.POST, restRoot + "/task/*/submit-form"),
        path.matcher(HttpMethod.POST, restRoot + "/task/*/resolve"));
  }

  /** Engine REST requests run as the signed-in user, so the engine's authorization checks apply. */
  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.setInitParameters(CONTAINER_AUTHENTICATION);
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  /** Cockpit, Tasklist and Admin take the signed-in user from the application's session. */
  @Bean
  FilterRegistrationBean<Filter> engineWebApplicationsAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("camunda-single-sign-on");
    registration.setInitParameters(CONTAINER_AUTHENTICATION);
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }
}
