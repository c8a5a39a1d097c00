package org.xinfangflow.shared;

import org.springframework.http.ProblemDetail;

/** Renders an {@link ApiProblem} as a Spring {@link ProblemDetail}; also used by the security handlers. */
public final class ProblemDetails {

  private ProblemDetails() {
  }

  public static ProblemDetail of(ApiProblem problem) {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
    detail.setType(problem.type());
    detail.setTitle(problem.title());
    detail.setProperty("titleEn", problem.titleEn());
    problem.properties().forEach(detail::setProperty);
    return detail;
  }
}
