package org.xinfangflow.supervision.bulletin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 整改记录 — one move of a problem: rectified with evidence, verified, or sent back with the reason. */
@Entity
@Table(name = "rectification_step")
class RectificationStep {

  /** What was done. */
  enum Action {
    RECTIFIED("报送整改"), VERIFIED("核验销号"), REJECTED("退回整改");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "problem_id", nullable = false)
  private Long problemId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Action action;

  @Column(nullable = false)
  private String actor;

  @Column(name = "acted_at", nullable = false)
  private Instant actedAt;

  @Column(nullable = false)
  private String note;

  private String attachment;

  protected RectificationStep() {
  }

  RectificationStep(Long problemId, Action action, String actor, Instant actedAt, String note, String attachment) {
    this.problemId = problemId;
    this.action = action;
    this.actor = actor;
    this.actedAt = actedAt;
    this.note = note;
    this.attachment = attachment;
  }

  StepView view() {
    return new StepView(action, action.label(), actor, actedAt, note, attachment);
  }

  Long getProblemId() {
    return problemId;
  }

  Action getAction() {
    return action;
  }

  String getNote() {
    return note;
  }

  /** A step as the API shows it. */
  record StepView(Action action, String actionLabel, String actor, Instant at, String note, String attachment) {
  }
}
