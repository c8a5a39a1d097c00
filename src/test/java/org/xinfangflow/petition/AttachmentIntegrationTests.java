package org.xinfangflow.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;
import org.xinfangflow.support.Matters;
import org.xinfangflow.support.TimeMachine;

/** 附件: PDF, JPEG, PNG and DOCX by content, size-limited, stored outside the database with a checksum. */
@IntegrationTest
class AttachmentIntegrationTests {

  private final Api api;
  private final Matters matters;
  private final TimeMachine time;
  private final JdbcTemplate jdbc;
  private final Environment environment;
  private final ObjectMapper json = new ObjectMapper();

  @Autowired
  AttachmentIntegrationTests(Api api, Matters matters, TimeMachine time, JdbcTemplate jdbc, Environment environment) {
    this.api = api;
    this.matters = matters;
    this.time = time;
    this.jdbc = jdbc;
    this.environment = environment;
  }

  @Test
  void aPdfIsStoredWithItsChecksumAndComesBackByteForByte() throws Exception {
    String number = matters.register(time.noonOf("2026-07-01"));
    byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    Upload answer = upload("clerk", number, "../../证据 材料.pdf", pdf);
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    assertThat(answer.body().path("sha256").asText()).isEqualTo(sha256(pdf));
    assertThat(answer.body().path("name").asText()).isEqualTo("证据 材料.pdf");
    assertThat(answer.body().path("mediaType").asText()).isEqualTo("application/pdf");

    String id = answer.body().path("id").asText();
    assertThat(api.as("clerk").get("/api/petitions/" + number + "/attachments").body().toString()).contains(id);
    byte[] back = client().get().uri("/api/petitions/" + number + "/attachments/" + id)
        .headers(h -> h.setBasicAuth("supervisor", "demo")).retrieve().body(byte[].class);
    assertThat(back).isEqualTo(pdf);
    assertThat(matters.detail(number).body().path("timeline").toString()).contains("附件");
  }

  @Test
  void aDocxIsAcceptedButAnExecutableNamedPdfOrAPlainZipIsNot() throws Exception {
    String number = matters.register(time.noonOf("2026-07-02"));
    assertThat(upload("clerk", number, "意见.docx", zip("word/document.xml")).status()).isEqualTo(201);
    long before = count();
    Upload exe = upload("clerk", number, "证据.pdf", "MZ\u0090\u0000 this program cannot be run".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(exe.status()).isEqualTo(400);
    assertThat(exe.body().path("field").asText()).isEqualTo("file");
    assertThat(upload("clerk", number, "a.docx", zip("readme.txt")).status()).isEqualTo(400);
    assertThat(upload("clerk", number, "empty.pdf", new byte[0]).status()).isEqualTo(400);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void anOversizeFileIs413AndAnotherUnitSeesNothing() {
    String number = matters.register(time.noonOf("2026-07-03"));
    matters.dispatchToHousing(number);
    byte[] big = new byte[1536 * 1024]; // the test profile allows 1 MiB
    System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
    Arrays.fill(big, 5, 100, (byte) ' ');
    assertThat(upload("clerk", number, "big.pdf", big).status()).isEqualTo(413);
    assertThat(api.as("handler-edu").get("/api/petitions/" + number + "/attachments").status()).isEqualTo(404);
    assertThat(upload("supervisor", number, "x.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).status())
        .isEqualTo(403);
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from attachment", Long.class);
  }

  private Upload upload(String user, String number, String name, byte[] content) {
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentDisposition(ContentDisposition.formData().name("file")
        .filename(name, StandardCharsets.UTF_8).build());
    partHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new HttpEntity<>(content, partHeaders));
    return client().post().uri("/api/petitions/" + number + "/attachments")
        .headers(h -> h.setBasicAuth(user, "demo"))
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
        .exchange((request, response) -> {
          byte[] bytes = response.getBody().readAllBytes();
          return new Upload(response.getStatusCode().value(), bytes.length == 0 ? json.nullNode() : json.readTree(bytes));
        });
  }

  private RestClient client() {
    return RestClient.create("http://127.0.0.1:" + environment.getProperty("local.server.port"));
  }

  private static byte[] zip(String entryName) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entryName));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  record Upload(int status, JsonNode body) {
  }
}
