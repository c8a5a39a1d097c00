package org.xinfangflow.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * 网页登录 — the web pages (home, login, user and unit administration, statistics): form login with a session,
 * CSRF tokens on every form and script call, CSP. Without a session a page redirects to the login
 * page; the API has its own chain ({@link SecurityConfiguration}). Camunda's web applications and
 * engine REST API ({@code /camunda/**}, {@code /engine-rest/**}) are not covered here.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

  @Bean
  @Order(2)
  SecurityFilterChain pageSecurity(HttpSecurity http, BrowserCsrf csrf, LoginThrottle throttle,
      UserDetailsService users) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    SessionUserCheck sessionCheck = new SessionUserCheck(users);
    FormLoginThrottle loginThrottle = new FormLoginThrottle(throttle);
    http.securityMatcher(new OrRequestMatcher(path.matcher("/"), path.matcher("/*.html"), path.matcher("/login"),
            path.matcher("/logout"), path.matcher("/admin"), path.matcher("/admin/**"), path.matcher("/ui/**")))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(path.matcher("/login"), path.matcher("/login.html"), path.matcher("/denied.html"),
                path.matcher("/ui/**")).permitAll()
            .requestMatchers(path.matcher("/admin"), path.matcher("/admin/**")).hasRole(Role.ADMIN.name())
            .requestMatchers(path.matcher("/reports.html")).hasAnyRole(Role.AUDITOR.name(), Role.SUPERVISOR.name())
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage(FormLoginThrottle.LOGIN)
            .successHandler(new SignedIn(sessionCheck))
            .failureHandler(loginThrottle))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(FormLoginThrottle.LOGIN + "?logout")
            .deleteCookies("JSESSIONID"))
        .csrf(csrf::forPages)
        .exceptionHandling(ex -> ex.accessDeniedHandler(WebSecurityConfiguration::denied))
        .addFilterAfter(sessionCheck, SecurityContextHolderFilter.class)
        .addFilterBefore(loginThrottle, UsernamePasswordAuthenticationFilter.class)
        .headers(SecurityHeaders.withContentSecurityPolicy());
    return http.build();
  }

  /** A form whose token is missing or stale goes back to the login page; any other refusal shows 无权访问. */
  private static void denied(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException e) throws IOException, ServletException {
    if (e instanceof CsrfException) {
      response.sendRedirect(request.getContextPath() + FormLoginThrottle.LOGIN + "?expired");
      return;
    }
    AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
    page.setErrorPage("/denied.html");
    page.handle(request, response, e);
  }

  /** After sign-in: the page first asked for, else the home page; the session remembers who signed in. */
  private static final class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {
    private final SessionUserCheck sessionCheck;

    SignedIn(SessionUserCheck sessionCheck) {
      this.sessionCheck = sessionCheck;
      setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
        Authentication authentication) throws ServletException, IOException {
      sessionCheck.remember(request, authentication);
      super.onAuthenticationSuccess(request, response, authentication);
    }
  }
}
