package org.xinfangflow.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.xinfangflow.shared.FieldCipher;
import org.xinfangflow.shared.FieldKeys;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/**
 * Key rotation of the ID numbers at rest. The test application is configured as after the restart of a
 * rotation: k1 current, k0 previous (and the legacy key of {@code v1:} values). Rows written before the
 * rotation are made here with a k0 cipher; then {@code --reencrypt} moves them to k1; then a further
 * rotation to k2 runs the re-encryption with ciphers built in the test, against the same database.
 */
@IntegrationTest
class KeyRotationIntegrationTests {

  private static final String K0 = "b2xkLXRlc3Qta2V5LWZvci14aW5mYW5nLWZsb3ctMzI=";
  private static final String K2 = "bmV4dC10ZXN0LWtleS1mb3IteGluZmFuZy1mbG93LTM=";
  /** The release before key rotation wrote this for LEGACY_ID with K0 (generated with its FieldCipher). */
  private static final String LEGACY_ID = "11010519491231002X";
  private static final String LEGACY_VALUE = "v1:l/JmVHJo7pCzDqwx7WwO2+rsS6IGcJT140TcwzNO7LQ8X8NCBJn4/oeF1NgQIQ==";
  private static final String LEGACY_HASH = "46297d263b902ecc92151f9fbea424c5af53e9792cb30593d0e273601a573fcc";

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final JdbcTemplate jdbc;
  private final PlatformTransactionManager transactions;
  private final ApplicationEventPublisher events;
  private final FieldCipher cipher;
  private final PetitionRepository petitions;
  private final ReencryptCommand command;
  private final String currentKey;

  @Autowired
  KeyRotationIntegrationTests(Api api, Matters matters, TimeMachine time, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, ApplicationEventPublisher events, FieldCipher cipher,
      PetitionRepository petitions, ReencryptCommand command, Environment environment) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.events = events;
    this.cipher = cipher;
    this.petitions = petitions;
    this.command = command;
    this.currentKey = environment.getRequiredProperty("xinfang.crypto.key");
  }

  @Test
  void duringAndAfterARotationIdNumbersStayReadableAndFindableAndReencryptionMovesThemToTheCurrentKey() {
    time.noonOf("2026-05-11");
    FieldCipher beforeRotation = new FieldCipher(FieldKeys.of(K0, "k0", "", "k0"));
    Map<String, Object> first = matters.registration(time.now());
    Map<String, Object> second = matters.registration(time.now());
    Map<String, Object> legacy = matters.registration(time.now());
    legacy.put("petitioners", List.of(Matters.petitioner(LEGACY_ID)));
    String a = matters.register(first);
    String b = matters.register(second);
    String c = matters.register(legacy);
    // as written before the rotation: two rows by k0 in the current form, one by the release before key ids
    store(a, beforeRotation.encrypt(idOf(first)), beforeRotation.hash(idOf(first)), "k0");
    store(b, beforeRotation.encrypt(idOf(second)), beforeRotation.hash(idOf(second)), "k0");
    store(c, LEGACY_VALUE, LEGACY_HASH, null);
    assertThat(beforeRotation.hash(LEGACY_ID)).isEqualTo(LEGACY_HASH);

    // during the rotation (k1 current, nothing re-encrypted yet): readable, and repeat detection finds them
    assertThat(wholeIdNumber(a)).isEqualTo(idOf(first));
    assertThat(wholeIdNumber(c)).isEqualTo(LEGACY_ID);
    String repeatOfA = matters.register(first);
    assertThat(matters.detail(repeatOfA).text("repeatOf")).isEqualTo(a);
    assertThat(matters.detail(matters.register(legacy)).text("repeatOf")).isEqualTo(c);
    assertThat(row(repeatOfA).get("id_number").toString()).startsWith("v2:k1:");
    // one person, rows under two keys: the exact-match search finds both
    assertThat(sameContent(first, cipher)).containsExactly(a, repeatOfA);

    // --reencrypt
    String report = runCommand(0);
    assertThat(report).containsPattern("REENCRYPTED: [1-9]\\d* rows changed to key k1")
        .contains("the previous keys may be removed");
    for (String number : List.of(a, b, c)) {
      Map<String, Object> row = row(number);
      assertThat(row.get("id_number").toString()).startsWith("v2:k1:");
      assertThat(row.get("id_number_hash_key")).isEqualTo("k1");
    }
    assertThat(row(a).get("id_number_hash")).isEqualTo(cipher.hash(idOf(first)))
        .isNotEqualTo(beforeRotation.hash(idOf(first)));
    assertThat(row(c).get("id_number_hash")).isEqualTo(cipher.hash(LEGACY_ID)).isNotEqualTo(LEGACY_HASH);
    assertThat(wholeIdNumber(a)).isEqualTo(idOf(first));
    assertThat(wholeIdNumber(b)).isEqualTo(idOf(second));
    assertThat(wholeIdNumber(c)).isEqualTo(LEGACY_ID);
    assertThat(matters.detail(matters.register(second)).text("repeatOf")).isEqualTo(b);
    // with the old key gone the rows are still readable and findable: nothing depends on k0 any more
    FieldCipher withoutK0 = new FieldCipher(FieldKeys.of(currentKey, "k1", "", "k1"));
    assertThat(withoutK0.decrypt(row(c).get("id_number").toString())).isEqualTo(LEGACY_ID);
    assertThat(sameContent(first, withoutK0)).containsExactly(a, repeatOfA);

    // idempotent: a second run finds nothing to do
    assertThat(runCommand(0)).contains("REENCRYPTED: 0 rows changed to key k1");
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = '重新加密个人信息'", Long.class))
        .isPositive();
    assertThat(api.as("auditor").get("/api/audit/verify").body().path("intact").asBoolean()).isTrue();
  }

  @Test
  void aFurtherRotationWithACipherBuiltHereMovesEveryRowInBatchesAndBack() {
    time.noonOf("2026-05-12");
    Map<String, Object> body = matters.registration(time.now());
    String number = matters.register(body);
    String before = row(number).get("id_number").toString();
    FieldCipher toK2 = new FieldCipher(FieldKeys.of(K2, "k2", "k1:" + currentKey + ",k0:" + K0, "k0"));
    FieldCipher backToK1 = new FieldCipher(FieldKeys.of(currentKey, "k1", "k2:" + K2 + ",k0:" + K0, "k0"));
    try {
      ReencryptionResult result = reencryption(toK2, 2).run();
      assertThat(result.changed()).isPositive().isEqualTo(result.total());
      assertThat(result.complete()).isTrue();
      Map<String, Object> row = row(number);
      assertThat(row.get("id_number").toString()).startsWith("v2:k2:").isNotEqualTo(before);
      assertThat(row.get("id_number_hash")).isEqualTo(toK2.hash(idOf(body)));
      assertThat(toK2.decrypt(row.get("id_number").toString())).isEqualTo(idOf(body));
      assertThat(sameContent(body, toK2)).containsExactly(number);
      assertThat(reencryption(toK2, 2).run().changed()).isZero();
    } finally {
      // back to the application's key, so that it (and every later test) reads its rows again
      assertThat(reencryption(backToK1, 50).run().complete()).isTrue();
    }
    assertThat(row(number).get("id_number").toString()).startsWith("v2:k1:");
    assertThat(wholeIdNumber(number)).isEqualTo(idOf(body));
  }

  @Test
  void aValueUnderAnUnconfiguredKeyStopsTheRunNamingTheKeyAndTheMatter() {
    time.noonOf("2026-05-13");
    Map<String, Object> body = matters.registration(time.now());
    String number = matters.register(body);
    Map<String, Object> original = row(number);
    FieldCipher unknown = new FieldCipher(FieldKeys.of(K2, "k9", "", "k9"));
    try {
      store(number, unknown.encrypt(idOf(body)), unknown.hash(idOf(body)), "k9");
      assertThat(runCommand(1)).contains("REENCRYPTION FAILED", number, "'k9'", "not configured");
    } finally {
      store(number, (String) original.get("id_number"), (String) original.get("id_number_hash"),
          (String) original.get("id_number_hash_key"));
    }
    assertThat(runCommand(0)).contains("REENCRYPTED: 0 rows changed");
  }

  private IdNumberReencryption reencryption(FieldCipher with, int batchSize) {
    return new IdNumberReencryption(jdbc, transactions, with, events, batchSize);
  }

  private String runCommand(int expectedExitCode) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = command.runAndReport(new PrintStream(out, true, StandardCharsets.UTF_8));
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(report).isEqualTo(expectedExitCode);
    return report;
  }

  /** The matters with this content and one of its petitioners, found as repeat detection finds them. */
  private List<String> sameContent(Map<String, Object> body, FieldCipher with) {
    return petitions.findSameContentByIdNumbers(ContentFingerprint.of((String) body.get("content")),
        with.searchHashes(idOf(body))).stream().map(Petition::getNumber).toList();
  }

  private String wholeIdNumber(String number) {
    Api.Response detail = api.as("clerk").get("/api/petitions/" + number);
    assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
    return detail.body().path("petitioners").get(0).path("idNumber").asText();
  }

  private Map<String, Object> row(String number) {
    return jdbc.queryForMap("""
        select r.id_number, r.id_number_hash, r.id_number_hash_key from petitioner r
        join petition p on p.id = r.petition_id where p.number = ?""", number);
  }

  private void store(String number, String idNumber, String hash, String hashKey) {
    jdbc.update("""
        update petitioner set id_number = ?, id_number_hash = ?, id_number_hash_key = ?
        where petition_id = (select id from petition where number = ?)""", idNumber, hash, hashKey, number);
  }

  private static String idOf(Map<String, Object> body) {
    return (String) ((Map<?, ?>) ((List<?>) body.get("petitioners")).get(0)).get("idNumber");
  }
}
