package org.xinfangflow.supervision;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;

/** 催督办 (API.md: {@code POST /api/petitions/{number}/urging}) and the matter's urgings. */
@RestController
class UrgingController {

  private final Urgings urgings;
  private final UserDirectory directory;

  UrgingController(Urgings urgings, UserDirectory directory) {
    this.urgings = urgings;
    this.directory = directory;
  }

  @PostMapping("/api/petitions/{number}/urging")
  @ResponseStatus(HttpStatus.CREATED)
  Urging.UrgingView urge(@PathVariable String number, @Valid @RequestBody UrgingRequest request) {
    return urgings.issue(number, request.note(), directory.current());
  }

  @GetMapping("/api/petitions/{number}/urgings")
  List<Urging.UrgingView> of(@PathVariable String number) {
    return urgings.of(number, directory.current());
  }
}
