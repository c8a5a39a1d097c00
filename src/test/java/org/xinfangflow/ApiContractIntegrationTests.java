package org.xinfangflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.Api;
import org.xinfangflow.support.IntegrationTest;

/** The OpenAPI document lists every lifecycle path of API.md; the engine REST API is for administrators. */
@IntegrationTest
class ApiContractIntegrationTests {

  private final Api api;

  @Autowired
  ApiContractIntegrationTests(Api api) {
    this.api = api;
  }

  @Test
  void theOpenApiDocumentHasEveryLifecyclePath() {
    var docs = api.as(null).get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    var paths = docs.body().path("paths");
    for (String path : new String[] {"/api/petitions", "/api/petitions/{number}", "/api/petitions/{number}/dispatch",
        "/api/petitions/{number}/acceptance", "/api/petitions/{number}/extension", "/api/petitions/{number}/reply",
        "/api/petitions/{number}/reply/review", "/api/petitions/{number}/reply/sign",
        "/api/petitions/{number}/reply/precheck", "/api/petitions/{number}/reply/delivery",
        "/api/petitions/{number}/evaluation", "/api/petitions/{number}/review-request",
        "/api/petitions/{number}/review-opinion", "/api/petitions/{number}/re-review-request",
        "/api/petitions/{number}/hearing", "/api/petitions/{number}/re-review-opinion", "/api/tasks",
        "/api/simulation/clock", "/api/petitions/{number}/documents", "/api/petitions/{number}/documents/{id}"}) {
      assertThat(paths.has(path)).as(path).isTrue();
    }
  }

  @Test
  void theEngineRestApiIsForSignedInUsers() {
    assertThat(api.as(null).get("/engine-rest/engine").status()).isEqualTo(401);
    assertThat(api.as("clerk").get("/engine-rest/engine").status()).isEqualTo(200);
    assertThat(api.as("admin").get("/engine-rest/engine").status()).isEqualTo(200);
  }

  @Test
  void anOversizeBodyIs413BeforeItIsRead() {
    String huge = "{\"title\": \"" + "长".repeat(100_000) + "\"}";
    var answer = api.as("clerk").postRaw("/api/petitions", huge);
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.text("field")).isEqualTo("body");
  }

  @Test
  void anUnknownMatterIs404AsProblemJson() {
    var missing = api.as("supervisor").get("/api/petitions/XF-1999-000001");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.headers().getContentType().toString()).startsWith("application/problem+json");
    assertThat(missing.text("type")).isEqualTo("https://xinfangflow.org/problems/not-found");
  }
}
