package org.xinfangflow.supervision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;

/** 本地时限政策 — read by anyone signed in (units should know their targets), set by supervisors and admins. */
@RestController
@Validated
@RequestMapping("/api/supervision/profiles")
class ProfileController {

  private final PolicyProfiles profiles;
  private final UserDirectory directory;

  ProfileController(PolicyProfiles profiles, UserDirectory directory) {
    this.profiles = profiles;
    this.directory = directory;
  }

  @GetMapping
  List<ProfileView> all() {
    return profiles.all();
  }

  @GetMapping("/{unit}")
  ProfileView one(@PathVariable @Size(max = 40) String unit) {
    return profiles.of(unit);
  }

  @PutMapping("/{unit}")
  ProfileView save(@PathVariable @Size(max = 40) String unit, @Valid @RequestBody ProfileRequest request) {
    return profiles.save(unit, request, directory.current());
  }
}
