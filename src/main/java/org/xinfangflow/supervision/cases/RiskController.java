package org.xinfangflow.supervision.cases;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;

/** 风险台账 — grade petitioners, the ledger, and a petitioner's picture by ID number or by matter. */
@RestController
@Validated
@RequestMapping("/api")
class RiskController {

  private final RiskService risks;
  private final UserDirectory directory;

  RiskController(RiskService risks, UserDirectory directory) {
    this.risks = risks;
    this.directory = directory;
  }

  @PutMapping("/supervision/risks")
  PetitionerRisk grade(@Valid @RequestBody RiskRequests.Grade request) {
    return risks.grade(request, directory.current());
  }

  @GetMapping("/supervision/risks")
  List<RiskView> ledger(@RequestParam(required = false) RiskLevel level,
      @RequestParam(defaultValue = "false") boolean dueForReview) {
    return risks.ledger(level, dueForReview, directory.current());
  }

  @PostMapping("/supervision/risks/lookup")
  PetitionerRisk lookup(@Valid @RequestBody RiskRequests.Lookup request) {
    return risks.lookup(request.idNumber(), directory.current());
  }

  @GetMapping("/petitions/{number}/petitioner-risk")
  List<PetitionerRisk> ofMatter(@PathVariable String number) {
    return risks.ofMatter(number, directory.current());
  }
}
