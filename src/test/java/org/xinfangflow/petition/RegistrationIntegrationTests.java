package org.xinfangflow.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** 登记: validation naming the field, numbers, idempotency, repeats (Art. 19, 20, 36). */
@IntegrationTest
class RegistrationIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final JdbcTemplate jdbc;

  @Autowired
  RegistrationIntegrationTests(Api api, Matters matters, TimeMachine time, JdbcTemplate jdbc) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.jdbc = jdbc;
  }

  @Nested
  class BadInput {

    static Stream<Arguments> cases() {
      return Stream.of(
          bad("idNumber with a wrong check digit", "petitioners[0].idNumber",
              b -> ((Map<String, Object>) ((List<?>) b.get("petitioners")).get(0)).put("idNumber", "110105194912310021")),
          bad("phone too short", "petitioners[0].phone",
              b -> ((Map<String, Object>) ((List<?>) b.get("petitioners")).get(0)).put("phone", "1380013")),
          bad("blank petitioner name", "petitioners[0].name",
              b -> ((Map<String, Object>) ((List<?>) b.get("petitioners")).get(0)).put("name", " ")),
          bad("no title", "title", b -> b.remove("title")),
          bad("blank content", "content", b -> b.put("content", "   ")),
          bad("no category", "category", b -> b.remove("category")),
          bad("region code of no province", "regionCode", b -> b.put("regionCode", "990101")),
          bad("no petitioners", "petitioners", b -> b.put("petitioners", List.of())),
          bad("headcount zero", "headcount", b -> b.put("headcount", 0)),
          bad("headcount below the petitioners listed", "headcount", b -> {
            b.put("petitioners", List.of(Matters.petitioner(Matters.idNumber()), Matters.petitioner(Matters.idNumber())));
            b.put("headcount", 1);
          }),
          bad("received in the future", "receivedAt", b -> b.put("receivedAt", "2099-01-01T09:00:00+08:00")),
          bad("impossible date", "receivedAt", b -> b.put("receivedAt", "2026-02-30T09:00:00+08:00")),
          bad("unknown channel", "channel", b -> b.put("channel", "CARRIER_PIGEON")),
          bad("headcount not a number", "headcount", b -> b.put("headcount", "many")),
          bad("unknown field", "nickname", b -> b.put("nickname", "x")),
          bad("unknown target unit", "targetUnit", b -> b.put("targetUnit", "U-NOWHERE")),
          bad("title too long", "title", b -> b.put("title", "长".repeat(201))));
    }

    @SuppressWarnings("unchecked")
    private static Arguments bad(String name, String field, Consumer<Map<String, Object>> change) {
      return Arguments.of(name, field, change);
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @MethodSource("cases")
    void isAnsweredWith400NamingTheFieldAndWritesNothing(String name, String field,
        Consumer<Map<String, Object>> change) {
      Map<String, Object> body = mutable(matters.registration(time.noonOf("2026-03-10")));
      change.accept(body);
      long before = count();
      var answer = api.as("clerk").post("/api/petitions", body);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
      assertThat(answer.headers().getContentType().toString()).startsWith("application/problem+json");
      assertThat(answer.text("field")).isEqualTo(field);
      assertThat(answer.text("title")).isNotBlank();
      assertThat(answer.text("titleEn")).isNotBlank();
      assertThat(count()).isEqualTo(before);
    }

    @Test
    void malformedJsonIs400() {
      var answer = api.as("clerk").postRaw("/api/petitions", "{\"channel\": \"LETTER\",");
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.text("field")).isEqualTo("body");
    }

    @Test
    void moreThanFiveRepresentativesOfAVisitIsRefusedUnderArticle20() {
      Map<String, Object> body = mutable(matters.registration(time.noonOf("2026-03-10")));
      List<Map<String, Object>> six = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        six.add(Matters.petitioner(Matters.idNumber()));
      }
      body.put("channel", "VISIT");
      body.put("petitioners", six);
      body.put("headcount", 30);
      var answer = api.as("clerk").post("/api/petitions", body);
      assertThat(answer.status()).isEqualTo(422);
      assertThat(answer.text("article")).isEqualTo("《信访工作条例》第二十条");
      assertThat(answer.text("field")).isEqualTo("petitioners");
    }

    @Test
    void onlyAClerkRegisters() {
      var answer = api.as("handler").post("/api/petitions", matters.registration(time.noonOf("2026-03-10")));
      assertThat(answer.status()).isEqualTo(403);
      assertThat(api.as(null).post("/api/petitions", Map.of()).status()).isEqualTo(401);
    }
  }

  @Nested
  class Numbers {

    @Test
    void concurrentRegistrationsGetUniqueGapFreeNumbers() throws Exception {
      time.noonOf("2026-03-11");
      int count = 16;
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          calls.add(() -> matters.register(time.now()));
        }
        Set<Integer> sequence = new HashSet<>();
        for (Future<String> number : pool.invokeAll(calls)) {
          assertThat(number.get()).matches("XF-2026-\\d{6}");
          sequence.add(Integer.parseInt(number.get().substring(8)));
        }
        assertThat(sequence).hasSize(count);
        int max = sequence.stream().max(Integer::compare).orElseThrow();
        int min = sequence.stream().min(Integer::compare).orElseThrow();
        assertThat(max - min).as("no gaps among concurrent registrations").isEqualTo(count - 1);
      } finally {
        pool.shutdownNow();
      }
    }

    @Test
    void aFailedRegistrationDoesNotUseUpANumber() {
      String first = matters.register(time.noonOf("2026-03-12"));
      Map<String, Object> bad = mutable(matters.registration(time.now()));
      bad.put("targetUnit", "U-NOWHERE");
      assertThat(api.as("clerk").post("/api/petitions", bad).status()).isEqualTo(400);
      String next = matters.register(time.now());
      assertThat(Integer.parseInt(next.substring(8))).isEqualTo(Integer.parseInt(first.substring(8)) + 1);
    }
  }

  @Nested
  class Repeats {

    @Test
    void theSameIdempotencyKeyReturnsTheFirstResult() {
      Map<String, Object> body = matters.registration(time.noonOf("2026-03-13"));
      var first = api.as("clerk").postWithKey("/api/petitions", body, "submit-42");
      var again = api.as("clerk").postWithKey("/api/petitions", body, "submit-42");
      assertThat(first.status()).isEqualTo(201);
      assertThat(again.status()).isEqualTo(201);
      assertThat(again.text("number")).isEqualTo(first.text("number"));
      assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
      var other = api.as("clerk").postWithKey("/api/petitions", matters.registration(time.now()), "submit-42");
      assertThat(other.status()).isEqualTo(400);
      assertThat(other.text("field")).isEqualTo("Idempotency-Key");
    }

    @Test
    void theSameMatterInProgressIsLinkedAsARepeatNotStartedTwice() {
      Map<String, Object> body = matters.registration(time.noonOf("2026-03-14"));
      String original = matters.register(body);
      matters.dispatchToHousing(original);
      Map<String, Object> again = mutable(body);
      again.put("content", "  " + body.get("content") + "。 ");
      String repeat = matters.register(again);
      var detail = matters.detail(repeat).body();
      assertThat(detail.path("status").asText()).isEqualTo("REPEAT");
      assertThat(detail.path("repeatOf").asText()).isEqualTo(original);
      assertThat(detail.path("openSteps").size()).isZero();
      assertThat(matters.detail(original).body().path("timeline").toString()).contains(repeat);
    }
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from petition", Long.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mutable(Map<String, Object> body) {
    Map<String, Object> copy = new HashMap<>(body);
    List<Map<String, Object>> people = new ArrayList<>();
    ((List<Map<String, Object>>) body.get("petitioners")).forEach(p -> people.add(new HashMap<>(p)));
    copy.put("petitioners", people);
    return copy;
  }
}
