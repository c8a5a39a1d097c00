package org.xinfangflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 登录限制 for the login form: the same {@link LoginThrottle} as HTTP Basic. A locked user name is
 * sent back to the login page before its password is checked; a failure that locks the name says so.
 */
class FormLoginThrottle extends OncePerRequestFilter implements AuthenticationFailureHandler {

  static final String LOGIN = "/login";

  private final LoginThrottle throttle;

  FormLoginThrottle(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod())
        && request.getRequestURI().equals(request.getContextPath() + LOGIN));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (locked(request)) {
      response.sendRedirect(request.getContextPath() + LOGIN + "?locked");
      return;
    }
    chain.doFilter(request, response);
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    // one message for every failure (wrong password, unknown or disabled user), unless the name is now locked
    response.sendRedirect(request.getContextPath() + LOGIN + (locked(request) ? "?locked" : "?error"));
  }

  private boolean locked(HttpServletRequest request) {
    String username = request.getParameter("username");
    return username != null && throttle.lockedUntil(username).isPresent();
  }
}
