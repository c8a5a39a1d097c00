package org.xinfangflow.supervision.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;

/** 三项建议 — issue (supervisor), read (supervisor, the addressed unit), the letter as PDF, the unit's response. */
@RestController
@Validated
@RequestMapping("/api/supervision/recommendations")
class RecommendationController {

  private final RecommendationService recommendations;
  private final UserDirectory directory;

  RecommendationController(RecommendationService recommendations, UserDirectory directory) {
    this.recommendations = recommendations;
    this.directory = directory;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  RecommendationView issue(@Valid @RequestBody RecommendationRequests.Issue request) {
    return recommendations.issue(request, directory.current());
  }

  @GetMapping
  List<RecommendationView> list(@RequestParam(required = false) @Size(max = 40) String unit,
      @RequestParam(required = false) RecommendationStatus status,
      @RequestParam(defaultValue = "false") boolean overdue) {
    return recommendations.search(unit, status, overdue, directory.current());
  }

  @GetMapping("/{id}")
  RecommendationView get(@PathVariable long id) {
    return recommendations.get(id, directory.current());
  }

  @GetMapping("/{id}/letter")
  ResponseEntity<byte[]> letter(@PathVariable long id) {
    RecommendationService.Letter letter = recommendations.letter(id, directory.current());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(letter.number() + ".pdf", StandardCharsets.UTF_8).build().toString())
        .body(letter.pdf());
  }

  @PostMapping("/{id}/response")
  RecommendationView respond(@PathVariable long id, @Valid @RequestBody RecommendationRequests.Response request) {
    return recommendations.respond(id, request.response(), directory.current());
  }
}
