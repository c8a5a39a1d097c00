package org.xinfangflow.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** Script and SQL-like text is ordinary text: stored and returned verbatim, as JSON, executing nothing. */
@IntegrationTest
class HostileTextIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final JdbcTemplate jdbc;

  @Autowired
  HostileTextIntegrationTests(Api api, Matters matters, TimeMachine time, JdbcTemplate jdbc) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.jdbc = jdbc;
  }

  @Test
  void scriptAndSqlAreKeptAsText() {
    String script = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
    String sql = "'; drop table petition; -- \" or 1=1";
    Map<String, Object> body = new HashMap<>(matters.registration(time.noonOf("2026-06-20")));
    body.put("title", script);
    body.put("content", sql + " " + body.get("content"));
    String number = matters.register(body);

    var detail = api.as("clerk").get("/api/petitions/" + number);
    assertThat(detail.headers().getContentType().toString()).startsWith("application/json");
    assertThat(detail.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(detail.text("title")).isEqualTo(script);
    assertThat(detail.text("content")).startsWith(sql);
    assertThat(jdbc.queryForObject("select count(*) from petition", Long.class)).isPositive();
    var search = api.as("supervisor").get("/api/petitions?q=' or 1=1 --");
    assertThat(search.status()).isEqualTo(200);
    assertThat(search.body().path("totalElements").asLong()).isZero();
  }
}
