package org.xinfangflow.supervision.bulletin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A line of a bulletin: the problem, whether it is new there or carried over as not yet verified
 * (仍未整改), its status when the bulletin was generated, and the bulletin that first listed it.
 */
@Entity
@Table(name = "bulletin_item")
class BulletinItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "bulletin_id", nullable = false)
  private Long bulletinId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "problem_id", nullable = false)
  private Problem problem;

  @Column(nullable = false)
  private boolean carried;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_listed", nullable = false)
  private ProblemStatus statusListed;

  @Column(name = "first_listed_in", nullable = false)
  private String firstListedIn;

  protected BulletinItem() {
  }

  BulletinItem(Long bulletinId, Problem problem, boolean carried, String firstListedIn) {
    this.bulletinId = bulletinId;
    this.problem = problem;
    this.carried = carried;
    this.statusListed = problem.getStatus();
    this.firstListedIn = firstListedIn;
  }

  Long getBulletinId() {
    return bulletinId;
  }

  Problem getProblem() {
    return problem;
  }

  boolean isCarried() {
    return carried;
  }

  ProblemStatus getStatusListed() {
    return statusListed;
  }

  String getFirstListedIn() {
    return firstListedIn;
  }
}
