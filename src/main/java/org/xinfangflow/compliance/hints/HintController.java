package org.xinfangflow.compliance.hints;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.MatterVisibility;

/** 依法分类智能提示 — for a registration form being filled in, and for a registered matter. */
@RestController
class HintController {

  private final HintService hints;
  private final MatterVisibility visibility;
  private final UserDirectory directory;

  HintController(HintService hints, MatterVisibility visibility, UserDirectory directory) {
    this.hints = hints;
    this.visibility = visibility;
    this.directory = directory;
  }

  @PostMapping("/api/classification-hints")
  ClassificationHint forDraft(@Valid @RequestBody HintRequest request) {
    return hints.forDraft(request, directory.current());
  }

  @GetMapping("/api/petitions/{number}/classification-hint")
  ClassificationHint forMatter(@PathVariable String number) {
    visibility.require(number);
    return hints.forMatter(number, directory.current());
  }
}
