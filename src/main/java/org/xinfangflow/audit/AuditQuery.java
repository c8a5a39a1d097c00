package org.xinfangflow.audit;

import java.time.Instant;
import org.springframework.data.jpa.domain.Specification;

/** The auditors' filters, each applied only when given. */
final class AuditQuery {

  private AuditQuery() {
  }

  static Specification<AuditEntry> of(String matter, String username, Instant from, Instant to) {
    Specification<AuditEntry> query = (root, q, cb) -> cb.conjunction();
    if (matter != null) {
      query = query.and((root, q, cb) -> cb.equal(root.get("matterNumber"), matter));
    }
    if (username != null) {
      query = query.and((root, q, cb) -> cb.equal(root.get("username"), username));
    }
    if (from != null) {
      query = query.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
    }
    if (to != null) {
      query = query.and((root, q, cb) -> cb.lessThan(root.get("occurredAt"), to));
    }
    return query;
  }
}
