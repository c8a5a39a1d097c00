package org.xinfangflow.supervision.bulletin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;

/** 通报问题整改 — the problems in the caller's scope, rectifying one, verifying or rejecting it. */
@RestController
@Validated
@RequestMapping("/api/supervision/problems")
class ProblemController {

  private final RectificationService rectification;
  private final UserDirectory directory;

  ProblemController(RectificationService rectification, UserDirectory directory) {
    this.rectification = rectification;
    this.directory = directory;
  }

  @GetMapping
  Map<String, Object> problems(@RequestParam(required = false) @Size(max = 40) String jurisdiction,
      @RequestParam(required = false) @Size(max = 40) String unit,
      @RequestParam(required = false) ProblemStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    var result = rectification.search(jurisdiction, unit, status, directory.current(),
        PageRequest.of(page, size, Sort.by("unitCode", "id")));
    return Map.of("content", result.getContent(), "totalElements", result.getTotalElements(), "page", page,
        "size", size);
  }

  @PostMapping("/{id}/rectification")
  ProblemView rectify(@PathVariable long id, @Valid @RequestBody BulletinRequests.Rectification request) {
    return rectification.rectify(id, request.evidence(), request.attachment(), directory.current());
  }

  @PostMapping("/{id}/verification")
  ProblemView verify(@PathVariable long id, @Valid @RequestBody BulletinRequests.Verification request) {
    return rectification.verify(id, request.verified(), request.comment(), directory.current());
  }
}
