package org.xinfangflow.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** {@code GET /api/petitions}: filters by status, unit, overdue and text; unit staff see their unit only. */
@IntegrationTest
class PetitionListIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;

  @Autowired
  PetitionListIntegrationTests(Api api, Matters matters, TimeMachine time) {
    this.api = api;
    this.matters = matters;
    this.time = time;
  }

  @Test
  void filtersCombineAndUnitStaffSeeOnlyTheirUnit() {
    String dispatched = matters.register(time.noonOf("2026-05-04"));
    matters.dispatchToHousing(dispatched);
    String registered = matters.register(time.now());
    time.startOf("2026-05-21");

    String all = api.as("supervisor").get("/api/petitions?size=200").body().toString();
    assertThat(all).contains(dispatched, registered);
    String byStatus = api.as("supervisor").get("/api/petitions?status=DISPATCHED&unit=U-HOUSING&size=200")
        .body().toString();
    assertThat(byStatus).contains(dispatched).doesNotContain(registered);
    String overdue = api.as("supervisor").get("/api/petitions?overdue=true&size=200").body().toString();
    assertThat(overdue).contains(dispatched, registered);
    String onTime = api.as("supervisor").get("/api/petitions?overdue=false&size=200").body().toString();
    assertThat(onTime).doesNotContain(dispatched).doesNotContain(registered);
    var byNumber = api.as("supervisor").get("/api/petitions?q=" + dispatched).body();
    assertThat(byNumber.path("totalElements").asLong()).isEqualTo(1);

    String housing = api.as("handler").get("/api/petitions?size=200").body().toString();
    assertThat(housing).contains(dispatched).doesNotContain(registered);
    String education = api.as("handler-edu").get("/api/petitions?unit=U-HOUSING&size=200").body().toString();
    assertThat(education).doesNotContain(dispatched);
    var badPage = api.as("supervisor").get("/api/petitions?size=1000");
    assertThat(badPage.status()).isEqualTo(400);
    assertThat(badPage.text("field")).isEqualTo("size");
  }
}
