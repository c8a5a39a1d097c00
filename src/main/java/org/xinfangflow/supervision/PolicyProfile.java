package org.xinfangflow.supervision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xinfangflow.petition.ClockStep;

/** 本地时限政策 — a jurisdiction's stricter internal targets (DOMAIN.md §3), for its unit and the units below. */
@Entity
@Table(name = "policy_profile")
class PolicyProfile {

  @Id
  @Column(name = "unit_code")
  private String unitCode;

  @Column(nullable = false)
  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "policy_target", joinColumns = @JoinColumn(name = "unit_code"))
  private List<TargetSetting> targets = new ArrayList<>();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version
  private long version;

  protected PolicyProfile() {
  }

  PolicyProfile(String unitCode) {
    this.unitCode = unitCode;
  }

  void replace(String name, List<TargetSetting> targets, String by, Instant at) {
    this.name = name;
    this.targets.clear();
    this.targets.addAll(targets);
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** The target for the clock on the given track; a fast-track matter without a fast target takes the normal one. */
  Optional<TargetSetting> target(ClockStep step, boolean fastTrack) {
    Optional<TargetSetting> fast = fastTrack ? find(step, TargetSetting.Track.FAST) : Optional.empty();
    return fast.isPresent() ? fast : find(step, TargetSetting.Track.NORMAL);
  }

  boolean offersFastTrack() {
    return find(ClockStep.HANDLING, TargetSetting.Track.FAST).isPresent();
  }

  private Optional<TargetSetting> find(ClockStep step, TargetSetting.Track track) {
    return targets.stream().filter(t -> t.step() == step && t.track() == track).findFirst();
  }

  String unitCode() {
    return unitCode;
  }

  String name() {
    return name;
  }

  List<TargetSetting> targets() {
    return List.copyOf(targets);
  }

  Instant updatedAt() {
    return updatedAt;
  }

  String updatedBy() {
    return updatedBy;
  }
}
