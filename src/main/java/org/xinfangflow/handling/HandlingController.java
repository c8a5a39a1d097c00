package org.xinfangflow.handling;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.petition.DeadlineView;
import org.xinfangflow.petition.PetitionDetail;
import org.xinfangflow.petition.PetitionService;

/** The bureau's and the units' steps on a matter (API.md, The lifecycle). Each answers with the matter. */
@RestController
@RequestMapping("/api/petitions/{number}")
class HandlingController {

  private final DispatchService dispatch;
  private final AcceptanceService acceptance;
  private final ExtensionService extension;
  private final ReplyService reply;
  private final EvaluationService evaluation;
  private final PetitionService petitions;

  HandlingController(DispatchService dispatch, AcceptanceService acceptance, ExtensionService extension,
      ReplyService reply, EvaluationService evaluation, PetitionService petitions) {
    this.dispatch = dispatch;
    this.acceptance = acceptance;
    this.extension = extension;
    this.reply = reply;
    this.evaluation = evaluation;
    this.petitions = petitions;
  }

  @PostMapping("/dispatch")
  PetitionDetail dispatch(@PathVariable String number, @Valid @RequestBody DispatchRequest request) {
    dispatch.dispatch(number, request);
    return petitions.detail(number);
  }

  @PostMapping("/acceptance")
  PetitionDetail acceptance(@PathVariable String number, @Valid @RequestBody AcceptanceRequest request) {
    acceptance.decide(number, request);
    return petitions.detail(number);
  }

  @PostMapping("/extension")
  ResponseEntity<DeadlineView> extension(@PathVariable String number, @Valid @RequestBody ExtensionRequest request) {
    return ResponseEntity.ok(extension.extend(number, request));
  }

  @PostMapping("/reply")
  PetitionDetail draft(@PathVariable String number, @Valid @RequestBody ReplyRequest request) {
    reply.draft(number, request);
    return petitions.detail(number);
  }

  @PostMapping("/reply/review")
  PetitionDetail review(@PathVariable String number, @Valid @RequestBody ReviewDecision decision) {
    reply.review(number, decision);
    return petitions.detail(number);
  }

  @PostMapping("/reply/sign")
  PetitionDetail sign(@PathVariable String number, @Valid @RequestBody ReviewDecision decision) {
    reply.sign(number, decision);
    return petitions.detail(number);
  }

  @PostMapping("/reply/precheck")
  PetitionDetail precheck(@PathVariable String number, @Valid @RequestBody ReviewDecision decision) {
    reply.precheck(number, decision);
    return petitions.detail(number);
  }

  @PostMapping("/reply/delivery")
  PetitionDetail deliver(@PathVariable String number, @Valid @RequestBody(required = false) DeliveryRequest request) {
    reply.deliver(number, request);
    return petitions.detail(number);
  }

  @PostMapping("/evaluation")
  PetitionDetail evaluate(@PathVariable String number, @Valid @RequestBody EvaluationRequest request) {
    evaluation.evaluate(number, request);
    return petitions.detail(number);
  }
}
