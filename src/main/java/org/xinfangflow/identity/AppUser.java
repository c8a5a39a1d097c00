package org.xinfangflow.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** 用户 — a person who signs in, with roles and a unit. */
@Entity
@Table(name = "app_user")
class AppUser {

  @Id
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "unit_code")
  private String unitCode;

  @Column(nullable = false)
  private boolean enabled = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = new HashSet<>();

  protected AppUser() {
  }

  AppUser(String username, String displayName, String passwordHash, String unitCode, Set<Role> roles) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.unitCode = unitCode;
    this.roles = new HashSet<>(roles);
  }

  void change(String displayName, String unitCode, Set<Role> roles, boolean enabled) {
    this.displayName = displayName;
    this.unitCode = unitCode;
    this.roles = new HashSet<>(roles);
    this.enabled = enabled;
  }

  void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  String getUsername() {
    return username;
  }

  String getDisplayName() {
    return displayName;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  String getUnitCode() {
    return unitCode;
  }

  boolean isEnabled() {
    return enabled;
  }

  Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
