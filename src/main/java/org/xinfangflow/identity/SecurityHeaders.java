package org.xinfangflow.identity;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Response headers of every page and API answer: Spring Security's defaults (no sniffing, no
 * framing, no caching, HSTS over HTTPS) plus a Content-Security-Policy that allows scripts, styles
 * and requests only from this origin — no inline script, no inline style, no plug-ins, no framing.
 */
final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** Swagger UI's bundle sets inline styles; its scripts stay as strict as everywhere else. */
  static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY + "; style-src 'self' 'unsafe-inline'";

  private SecurityHeaders() {
  }

  static Customizer<HeadersConfigurer<HttpSecurity>> withContentSecurityPolicy() {
    return headers -> headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
  }

  /** The strict policy, except for Swagger UI's pages. */
  static Customizer<HeadersConfigurer<HttpSecurity>> withContentSecurityPolicyExcept(RequestMatcher swaggerUi) {
    return headers -> headers
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
            new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
  }
}
