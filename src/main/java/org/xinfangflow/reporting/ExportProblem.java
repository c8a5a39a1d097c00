package org.xinfangflow.reporting;

import org.springframework.http.HttpStatus;
import org.xinfangflow.shared.ApiProblem;

/** A problem of export jobs that is not bad input: too many at once (409), not ready (409), file gone (410). */
final class ExportProblem extends ApiProblem {

  ExportProblem(HttpStatus status, String type, String title, String titleEn, String detail) {
    super(status, type, title, titleEn, detail);
  }
}
