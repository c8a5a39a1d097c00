package org.xinfangflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 会话校验 — a browser session ends as soon as its user is disabled, removed, given other roles or a
 * new password: each request of a session compares the user as stored now with a fingerprint taken
 * at sign-in. (HTTP Basic clients are checked afresh on every request anyway.)
 */
class SessionUserCheck extends OncePerRequestFilter {

  private static final String FINGERPRINT = SessionUserCheck.class.getName() + ".FINGERPRINT";

  private final UserDetailsService users;

  SessionUserCheck(UserDetailsService users) {
    this.users = users;
  }

  /** Takes the fingerprint of the user who has just signed in. */
  void remember(HttpServletRequest request, Authentication authentication) {
    fingerprint(authentication.getName())
        .ifPresent(print -> request.getSession().setAttribute(FINGERPRINT, print));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (session != null && auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
      Optional<String> now = fingerprint(auth.getName());
      Object then;
      try {
        then = session.getAttribute(FINGERPRINT);
      } catch (IllegalStateException invalidatedMeanwhile) {
        // a parallel request of the same session ended it (sign-out, a user change): no session any more
        SecurityContextHolder.clearContext();
        chain.doFilter(request, response);
        return;
      }
      if (then == null && now.isPresent()) {
        session.setAttribute(FINGERPRINT, now.get()); // a session signed in elsewhere: trusted from here on
      } else if (now.isEmpty() || !now.get().equals(then)) {
        SecurityContextHolder.clearContext();
        session.invalidate();
      }
    }
    chain.doFilter(request, response);
  }

  /** Hash of what decides a sign-in: password hash, enabled, roles. Empty when the user is gone or disabled. */
  private Optional<String> fingerprint(String username) {
    UserDetails user;
    try {
      user = users.loadUserByUsername(username);
    } catch (UsernameNotFoundException e) {
      return Optional.empty();
    }
    if (!user.isEnabled()) {
      return Optional.empty();
    }
    TreeSet<String> roles = new TreeSet<>();
    for (GrantedAuthority authority : user.getAuthorities()) {
      roles.add(authority.getAuthority());
    }
    return Optional.of(sha256(user.getPassword() + "|" + String.join(",", roles)));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
