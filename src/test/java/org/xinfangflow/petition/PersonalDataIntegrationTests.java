package org.xinfangflow.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** ID numbers encrypted at rest, masked for roles that need not see them, every whole view audited. */
@IntegrationTest
class PersonalDataIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final JdbcTemplate jdbc;

  @Autowired
  PersonalDataIntegrationTests(Api api, Matters matters, TimeMachine time, JdbcTemplate jdbc) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.jdbc = jdbc;
  }

  @Test
  void anIdNumberIsStoredEncryptedAndShownWholeOnlyToThoseWhoWorkTheMatter() {
    Map<String, Object> body = matters.registration(time.noonOf("2026-05-06"));
    String idNumber = (String) ((Map<?, ?>) ((List<?>) body.get("petitioners")).get(0)).get("idNumber");
    String number = matters.register(body);

    Map<String, Object> row = jdbc.queryForMap("""
        select r.id_number, r.id_number_hash from petitioner r join petition p on p.id = r.petition_id
        where p.number = ?""", number);
    assertThat((String) row.get("id_number")).startsWith("v2:k1:").doesNotContain(idNumber.substring(6, 14));
    assertThat((String) row.get("id_number_hash")).hasSize(64);

    var masked = api.as("supervisor").get("/api/petitions/" + number).body().path("petitioners").get(0);
    assertThat(masked.path("idNumber").asText()).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
    assertThat(masked.path("phone").asText()).isEqualTo("138****8000");

    var whole = api.as("clerk").get("/api/petitions/" + number).body().path("petitioners").get(0);
    assertThat(whole.path("idNumber").asText()).isEqualTo(idNumber);
    var audit = api.as("auditor").get("/api/audit?matter=" + number + "&user=clerk").body().path("content");
    assertThat(audit.toString()).contains("查看个人信息");
  }

  @Test
  void theSamePetitionerIsFoundByTheHashOfTheirIdNumber() {
    Map<String, Object> body = matters.registration(time.noonOf("2026-05-07"));
    String original = matters.register(body);
    String repeat = matters.register(body);
    assertThat(matters.detail(repeat).body().path("repeatOf").asText()).isEqualTo(original);
  }
}
