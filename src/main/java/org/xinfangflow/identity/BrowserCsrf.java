package org.xinfangflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * CSRF protection for the browser — the token travels in the cookie {@value #COOKIE} (readable by
 * the pages' scripts) and comes back in the header {@code X-XSRF-TOKEN} or the form field
 * {@code _csrf}. Both filter chains share this one repository, so a token issued with a page is
 * accepted by the API. See docs/security.md.
 */
@Component
class BrowserCsrf {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  /**
   * On the API an unsafe request needs the token when it carries a credential a browser sends by
   * itself — the session cookie, or an {@code Authorization} header that is not an HTTP Basic
   * client's own. Anonymous requests carry nothing to forge and get their 401.
   */
  static final RequestMatcher API_NEEDS_TOKEN = request -> !SAFE_METHODS.contains(request.getMethod())
      && (request.getRequestedSessionId() != null || request.getHeader("Authorization") != null)
      && !isBasicClient(request);

  /** The cookie our pages read the token from. */
  static final String COOKIE = "XF-XSRF-TOKEN";

  private final CookieCsrfTokenRepository repository;

  BrowserCsrf() {
    repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
    // not Camunda's XSRF-TOKEN: Cockpit and Tasklist read their own token from a cookie of that name
    repository.setCookieName(COOKIE);
    repository.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
  }

  /** Pages: every unsafe request needs the token; the token (and so its cookie) is issued with every page. */
  void forPages(CsrfConfigurer<HttpSecurity> csrf) {
    CsrfTokenRequestAttributeHandler handler = new CsrfTokenRequestAttributeHandler();
    // no attribute name: the token is loaded on every request, so the cookie is always there for the scripts
    handler.setCsrfRequestAttributeName(null);
    csrf.csrfTokenRepository(repository).csrfTokenRequestHandler(handler);
  }

  /** The API: the token only where {@link #API_NEEDS_TOKEN} says; no token cookie where none is needed. */
  void forApi(CsrfConfigurer<HttpSecurity> csrf) {
    csrf.csrfTokenRepository(repository).csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
        .requireCsrfProtectionMatcher(API_NEEDS_TOKEN);
  }

  /**
   * A request that names its HTTP Basic credentials itself. A page of another site cannot set an
   * {@code Authorization} header; a browser that remembered credentials typed into its own dialog
   * would add them by itself, but then it also says where the request comes from
   * ({@code Sec-Fetch-Site}), and a request from another site is not exempt.
   */
  static boolean isBasicClient(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String site = request.getHeader("Sec-Fetch-Site");
    return site == null || site.equals("same-origin") || site.equals("none");
  }
}
