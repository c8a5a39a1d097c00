package org.xinfangflow.identity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** 当前用户 — who is signed in: the web pages show their name and the links their roles may use. */
@RestController
class CallerController {

  private final UserDirectory directory;

  CallerController(UserDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/api/me")
  CurrentUser me() {
    return directory.current();
  }
}
