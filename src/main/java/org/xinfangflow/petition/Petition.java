package org.xinfangflow.petition;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** 信访事项 — the matter: who, what, where, its class and unit, and a denormalised status. */
@Entity
@Table(name = "petition")
class Petition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "registered_by", nullable = false)
  private String registeredBy;

  /** The unit that registered the matter: the registering clerk's bureau. */
  @Column(name = "registered_unit")
  private String registeredUnit;

  @Column(nullable = false)
  private int headcount;

  @Column(nullable = false)
  private boolean collective;

  @Column(name = "fast_track")
  private boolean fastTrack;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false, length = 20000)
  private String content;

  @Column(nullable = false)
  private String category;

  @Column(name = "region_code", nullable = false)
  private String regionCode;

  @Column(name = "target_unit")
  private String targetUnit;

  @Column(name = "content_fingerprint", nullable = false)
  private String contentFingerprint;

  @ElementCollection
  @CollectionTable(name = "petitioner", joinColumns = @JoinColumn(name = "petition_id"))
  @OrderColumn(name = "position")
  private List<Petitioner> petitioners = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  private Classification classification;

  @Enumerated(EnumType.STRING)
  @Column(name = "dispatch_action")
  private DispatchAction dispatchAction;

  @Column(name = "unit_code")
  private String unitCode;

  /** 被检举控告单位 — for an accusation: the unit that must never see it (Art. 30). */
  @Column(name = "accused_unit")
  private String accusedUnit;

  /** 被检举控告人 — for an accusation: the accounts of the people it names, who must never see it (Art. 30). */
  @ElementCollection
  @CollectionTable(name = "petition_accused_person", joinColumns = @JoinColumn(name = "petition_id"))
  @Column(name = "username")
  private Set<String> accusedPersons = new LinkedHashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PetitionStatus status;

  @Column(name = "current_step")
  private String currentStep;

  @Column(name = "open_steps")
  private String openSteps;

  @Column(name = "repeat_of")
  private String repeatOf;

  @Version
  private long version;

  protected Petition() {
  }

  Petition(String number, RegistrationRequest request, Instant receivedAt, Instant registeredAt, String registeredBy,
      String registeredUnit, boolean collective, String contentFingerprint, UnaryOperator<String> idNumberHash, String hashKeyId) {
    this.number = number;
    this.channel = request.channel();
    this.receivedAt = receivedAt;
    this.registeredAt = registeredAt;
    this.registeredBy = registeredBy;
    this.registeredUnit = registeredUnit;
    this.headcount = request.headcount();
    this.collective = collective;
    this.title = request.title().strip();
    this.content = request.content().strip();
    this.category = request.category().strip();
    this.regionCode = request.regionCode();
    this.targetUnit = request.targetUnit();
    this.contentFingerprint = contentFingerprint;
    request.petitioners().forEach(p -> petitioners.add(new Petitioner(p.name().strip(), upper(p.idNumber()),
        upper(p.idNumber()) == null ? null : idNumberHash.apply(upper(p.idNumber())), hashKeyId,
        blankToNull(p.phone()), blankToNull(p.address()))));
    this.status = PetitionStatus.REGISTERED;
  }

  void markRepeatOf(String original) {
    this.repeatOf = original;
    this.status = PetitionStatus.REPEAT;
  }

  /** 简易办理 — the unit put the matter on its jurisdiction's fast track. */
  void putOnFastTrack() {
    this.fastTrack = true;
  }

  boolean isFastTrack() {
    return fastTrack;
  }

  void dispatched(Classification classification, DispatchAction action, String unitCode, String accusedUnit,
      Set<String> accusedPersons) {
    this.classification = classification;
    this.dispatchAction = action;
    this.unitCode = unitCode;
    this.accusedUnit = accusedUnit;
    this.accusedPersons.clear();
    this.accusedPersons.addAll(accusedPersons);
  }

  void moveTo(PetitionStatus status) {
    this.status = status;
  }

  void stepOpened(String step) {
    Set<String> open = openStepSet();
    open.add(step);
    openSteps = String.join(",", open);
    currentStep = step;
  }

  void stepClosed(String step) {
    Set<String> open = openStepSet();
    open.remove(step);
    openSteps = open.isEmpty() ? null : String.join(",", open);
    if (step.equals(currentStep)) {
      currentStep = open.isEmpty() ? null : open.iterator().next();
    }
  }

  Set<String> openStepSet() {
    Set<String> open = new LinkedHashSet<>();
    if (openSteps != null && !openSteps.isBlank()) {
      open.addAll(Arrays.asList(openSteps.split(",")));
    }
    return open;
  }

  private static String upper(String value) {
    return value == null || value.isBlank() ? null : value.strip().toUpperCase();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  Long getId() { return id; }
  String getNumber() { return number; }
  Channel getChannel() { return channel; }
  Instant getReceivedAt() { return receivedAt; }
  Instant getRegisteredAt() { return registeredAt; }
  String getRegisteredBy() { return registeredBy; }

  String getRegisteredUnit() { return registeredUnit; }
  int getHeadcount() { return headcount; }
  boolean isCollective() { return collective; }
  String getTitle() { return title; }
  String getContent() { return content; }
  String getCategory() { return category; }
  String getRegionCode() { return regionCode; }
  String getTargetUnit() { return targetUnit; }
  String getContentFingerprint() { return contentFingerprint; }
  List<Petitioner> getPetitioners() { return petitioners; }
  Classification getClassification() { return classification; }
  DispatchAction getDispatchAction() { return dispatchAction; }
  String getUnitCode() { return unitCode; }
  String getAccusedUnit() { return accusedUnit; }

  Set<String> getAccusedPersons() { return Set.copyOf(accusedPersons); }
  PetitionStatus getStatus() { return status; }
  String getCurrentStep() { return currentStep; }
  String getRepeatOf() { return repeatOf; }
}
