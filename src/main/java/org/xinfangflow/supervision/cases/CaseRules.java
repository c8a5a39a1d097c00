package org.xinfangflow.supervision.cases;

import org.springframework.http.HttpStatus;
import org.xinfangflow.shared.ApiProblem;

/** 督查规则 — a supervision rule refuses the request: 422 naming the rule, its source and the field. */
final class CaseRules {

  private CaseRules() {
  }

  static ApiProblem refused(String rule, String source, String field, String detail) {
    return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "refused-by-rule", "不符合督查督办规则",
        "Refused by a supervision rule", detail) {
    }.with("rule", rule).with("article", source).with("field", field);
  }
}
