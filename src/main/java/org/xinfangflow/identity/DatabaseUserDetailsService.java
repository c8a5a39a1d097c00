package org.xinfangflow.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads sign-in data from the application's own user table. */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

  private final AppUserRepository users;

  DatabaseUserDetailsService(AppUserRepository users) {
    this.users = users;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    AppUser user = users.findById(username).orElseThrow(() -> new UsernameNotFoundException(username));
    return User.withUsername(user.getUsername())
        .password(user.getPasswordHash())
        .disabled(!user.isEnabled())
        .authorities(user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
        .build();
  }
}
