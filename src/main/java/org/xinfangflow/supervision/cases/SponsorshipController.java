package org.xinfangflow.supervision.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;

/** 领导包案 — name the sponsoring leader of a matter, record the outcome, and each leader's list. */
@RestController
@Validated
@RequestMapping("/api")
class SponsorshipController {

  private final SponsorshipService sponsorships;
  private final UserDirectory directory;

  SponsorshipController(SponsorshipService sponsorships, UserDirectory directory) {
    this.sponsorships = sponsorships;
    this.directory = directory;
  }

  @PostMapping("/petitions/{number}/sponsorship")
  SponsorshipView assign(@PathVariable String number, @Valid @RequestBody SponsorshipRequests.Assign request) {
    return sponsorships.assign(number, request, directory.current());
  }

  @PostMapping("/petitions/{number}/sponsorship/outcome")
  SponsorshipView outcome(@PathVariable String number, @Valid @RequestBody SponsorshipRequests.Outcome request) {
    return sponsorships.conclude(number, request, directory.current());
  }

  @GetMapping("/supervision/sponsorships")
  SponsorReport list(@RequestParam(required = false) @Size(max = 64) String sponsor) {
    return sponsorships.report(sponsor, directory.current());
  }
}
