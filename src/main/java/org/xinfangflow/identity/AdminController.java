package org.xinfangflow.identity;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 用户与单位管理 — {@code /api/admin}, administrators only. */
@RestController
@RequestMapping("/api/admin")
class AdminController {

  private final DirectoryAdministration administration;

  AdminController(DirectoryAdministration administration) {
    this.administration = administration;
  }

  @GetMapping("/units")
  List<DirectoryAdministration.UnitView> units() {
    return administration.units();
  }

  @PutMapping("/units")
  DirectoryAdministration.UnitView saveUnit(@Valid @RequestBody AdminRequests.UnitRequest request) {
    return administration.saveUnit(request);
  }

  @GetMapping("/users")
  List<DirectoryAdministration.UserView> users() {
    return administration.users();
  }

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  DirectoryAdministration.UserView createUser(@Valid @RequestBody AdminRequests.NewUser request) {
    return administration.createUser(request);
  }

  @PutMapping("/users/{username}")
  DirectoryAdministration.UserView changeUser(@PathVariable String username,
      @Valid @RequestBody AdminRequests.UserChange request) {
    return administration.changeUser(username, request);
  }

  @PostMapping("/users/{username}/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassword(@PathVariable String username, @Valid @RequestBody AdminRequests.PasswordChange request) {
    administration.changePassword(username, request);
  }
}
