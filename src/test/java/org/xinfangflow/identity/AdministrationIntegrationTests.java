package org.xinfangflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;

/** 用户与单位管理: validated, effective at once, audited, never showing a password hash. */
@IntegrationTest
class AdministrationIntegrationTests {

  private final Api api;

  @Autowired
  AdministrationIntegrationTests(Api api) {
    this.api = api;
  }

  @Test
  void anAdministratorCreatesAUnitAndAUserWhoCanThenSignIn() {
    var unit = api.as("admin").put("/api/admin/units",
        Map.of("code", "U-TRANSPORT", "name", "交通运输局", "parentCode", "BUREAU", "regionCode", "110101"));
    assertThat(unit.status()).as(unit.toString()).isEqualTo(200);
    var created = api.as("admin").post("/api/admin/users", Map.of("username", "transport-handler",
        "displayName", "交通局经办人", "password", "a-long-password", "unitCode", "U-TRANSPORT",
        "roles", List.of("HANDLER")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.body().has("passwordHash")).isFalse();
    assertThat(api.as("admin").get("/api/admin/users").body().toString()).contains("transport-handler")
        .doesNotContain("{bcrypt}");

    var disabled = api.as("admin").put("/api/admin/users/transport-handler", Map.of("displayName", "交通局经办人",
        "unitCode", "U-TRANSPORT", "roles", List.of("HANDLER"), "enabled", false));
    assertThat(disabled.status()).isEqualTo(200);
    assertThat(api.as("auditor").get("/api/audit?user=admin").body().toString())
        .contains("新增单位", "新增用户", "修改用户");
  }

  @Test
  void badInputNamesTheField() {
    var shortPassword = api.as("admin").post("/api/admin/users", Map.of("username", "someone",
        "displayName", "某人", "password", "short", "roles", List.of("CLERK")));
    assertThat(shortPassword.status()).isEqualTo(400);
    assertThat(shortPassword.text("field")).isEqualTo("password");
    var unknownUnit = api.as("admin").post("/api/admin/users", Map.of("username", "someone",
        "displayName", "某人", "password", "a-long-password", "unitCode", "U-NOWHERE", "roles", List.of("CLERK")));
    assertThat(unknownUnit.text("field")).isEqualTo("unitCode");
    var unknownRole = api.as("admin").post("/api/admin/users", Map.of("username", "someone",
        "displayName", "某人", "password", "a-long-password", "roles", List.of("KING")));
    assertThat(unknownRole.status()).isEqualTo(400);
    var taken = api.as("admin").post("/api/admin/users", Map.of("username", "clerk",
        "displayName", "重复", "password", "a-long-password", "roles", List.of("CLERK")));
    assertThat(taken.text("field")).isEqualTo("username");
    var cycle = api.as("admin").put("/api/admin/units",
        Map.of("code", "U-HOUSING", "name", "住房和城乡建设局", "parentCode", "U-HOUSING-PM"));
    assertThat(cycle.status()).isEqualTo(400);
    assertThat(cycle.text("field")).isEqualTo("parentCode");
  }
}
