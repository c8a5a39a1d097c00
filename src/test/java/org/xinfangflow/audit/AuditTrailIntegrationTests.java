package org.xinfangflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** 审计: every command on a matter is in the chain; an edit or a deletion behind the application's back is found. */
@IntegrationTest
class AuditTrailIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final JdbcTemplate jdbc;
  private final AuditVerifyCommand command;

  @Autowired
  AuditTrailIntegrationTests(Api api, Matters matters, TimeMachine time, JdbcTemplate jdbc,
      AuditVerifyCommand command) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.jdbc = jdbc;
    this.command = command;
  }

  @Test
  void everyCommandIsRecordedWithWhoWhatWhenAndWhere() {
    String number = matters.register(time.noonOf("2026-04-01"));
    matters.dispatchToHousing(number);
    var trail = api.as("auditor").get("/api/audit?matter=" + number);
    assertThat(trail.status()).isEqualTo(200);
    var entries = trail.body().path("content");
    assertThat(entries.toString()).contains("登记", "依法分类处理", "\"username\":\"clerk\"", "\"roles\":\"CLERK\"",
        "\"unit\":\"BUREAU\"", "127.0.0.1");
    assertThat(api.as("clerk").get("/api/audit?matter=" + number).status()).isEqualTo(403);
    assertThat(api.as("auditor").get("/api/audit/verify").body().path("intact").asBoolean()).isTrue();
  }

  @Test
  void anEditedOrDeletedEntryIsNamedByVerify() {
    String number = matters.register(time.noonOf("2026-04-02"));
    matters.dispatchToHousing(number);
    long target = jdbc.queryForObject(
        "select min(id) from audit_entry where matter_number = ? and action = '依法分类处理'", Long.class, number);
    String original = jdbc.queryForObject("select detail from audit_entry where id = ?", String.class, target);
    try {
      jdbc.update("update audit_entry set detail = ? where id = ?", "篡改的内容", target);
      var verify = api.as("auditor").get("/api/audit/verify").body();
      assertThat(verify.path("intact").asBoolean()).isFalse();
      assertThat(verify.path("brokenAt").asLong()).isEqualTo(target);
      assertThat(verify.path("reason").asText()).contains("被修改");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(command.runAndReport(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN at entry " + target);
    } finally {
      jdbc.update("update audit_entry set detail = ? where id = ?", original, target);
    }
    assertThat(api.as("auditor").get("/api/audit/verify").body().path("intact").asBoolean()).isTrue();

    Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where id = ?", target);
    try {
      jdbc.update("delete from audit_entry where id = ?", target);
      var verify = api.as("auditor").get("/api/audit/verify").body();
      assertThat(verify.path("intact").asBoolean()).isFalse();
      assertThat(verify.path("brokenAt").asLong()).isEqualTo(target);
      assertThat(verify.path("reason").asText()).contains("缺失");
    } finally {
      jdbc.update("""
          insert into audit_entry (id, occurred_at, username, roles, unit_code, remote_address, matter_number, action,
                                   detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          row.get("id"), row.get("occurred_at"), row.get("username"), row.get("roles"), row.get("unit_code"),
          row.get("remote_address"), row.get("matter_number"), row.get("action"), row.get("detail"),
          row.get("prev_hash"), row.get("hash"));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(command.runAndReport(new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("INTACT");
  }

  @Test
  void timersOfTheEngineAreRecordedAsTheSystem() {
    String number = matters.register(time.noonOf("2026-04-03"));
    time.startOf("2026-04-21"); // the 15th day, 04-18, is a Saturday: late from 04-21
    var trail = api.as("auditor").get("/api/audit?matter=" + number + "&user=system").body().path("content");
    assertThat(trail.toString()).contains("超期", "[系统]");
  }
}
