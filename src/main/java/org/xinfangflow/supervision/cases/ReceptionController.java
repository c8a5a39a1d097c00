package org.xinfangflow.supervision.cases;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
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

/** 领导接访 — the schedule of reception days and the matters received at them. */
@RestController
@Validated
@RequestMapping("/api")
class ReceptionController {

  private final ReceptionService receptions;
  private final UserDirectory directory;

  ReceptionController(ReceptionService receptions, UserDirectory directory) {
    this.receptions = receptions;
    this.directory = directory;
  }

  @PostMapping("/supervision/receptions")
  @ResponseStatus(HttpStatus.CREATED)
  ReceptionView schedule(@Valid @RequestBody ReceptionRequests.Schedule request) {
    return receptions.schedule(request, directory.current());
  }

  @GetMapping("/supervision/receptions")
  List<ReceptionView> list(@RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to) {
    return receptions.schedule(from, to, directory.current());
  }

  @GetMapping("/supervision/receptions/{id}")
  ReceptionView get(@PathVariable long id) {
    return receptions.get(id, directory.current());
  }

  @PostMapping("/supervision/receptions/{id}/publish")
  ReceptionView publish(@PathVariable long id) {
    return receptions.publish(id, directory.current());
  }

  @PostMapping("/supervision/receptions/{id}/cancel")
  ReceptionView cancel(@PathVariable long id, @Valid @RequestBody ReceptionRequests.Cancel request) {
    return receptions.cancel(id, request.reason(), directory.current());
  }

  @PostMapping("/petitions/{number}/reception")
  ReceptionView mark(@PathVariable String number, @Valid @RequestBody ReceptionRequests.Mark request) {
    return receptions.mark(number, request.receptionId(), directory.current());
  }
}
