package org.xinfangflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** A real HTTP client against the running application, signed in as a demo user. */
public class Api {

  private final Environment environment;
  private final ObjectMapper json;

  Api(Environment environment, ObjectMapper json) {
    this.environment = environment;
    this.json = json;
  }

  public As as(String user) {
    return new As(user);
  }

  /** Requests as one user; answers are never thrown, always returned. */
  public final class As {
    private final String user;

    As(String user) {
      this.user = user;
    }

    public Response get(String path) {
      return exchange(HttpMethod.GET, path, null, null);
    }

    public Response post(String path, Object body) {
      return exchange(HttpMethod.POST, path, body, null);
    }

    public Response put(String path, Object body) {
      return exchange(HttpMethod.PUT, path, body, null);
    }

    public Response postWithKey(String path, Object body, String idempotencyKey) {
      return exchange(HttpMethod.POST, path, body, idempotencyKey);
    }

    /** A download: the body as bytes, whatever its type (a file, or a problem as JSON). */
    public Raw download(String path) {
      return RestClient.builder().baseUrl("http://127.0.0.1:" + environment.getProperty("local.server.port")).build()
          .get().uri(path).headers(headers -> {
            if (user != null) {
              headers.setBasicAuth(user, "demo");
            }
          })
          .exchange((request, response) -> new Raw(response.getStatusCode().value(), response.getHeaders(),
              response.getBody().readAllBytes()));
    }

    /** The body as raw text (malformed JSON, say). */
    public Response postRaw(String path, String rawBody) {
      return exchange(HttpMethod.POST, path, rawBody, null);
    }

    private Response exchange(HttpMethod method, String path, Object body, String idempotencyKey) {
      RestClient client = RestClient.builder()
          .baseUrl("http://127.0.0.1:" + environment.getProperty("local.server.port"))
          .build();
      var spec = client.method(method).uri(path).headers(headers -> {
        if (user != null) {
          headers.setBasicAuth(user, "demo");
        }
        if (idempotencyKey != null) {
          headers.set("Idempotency-Key", idempotencyKey);
        }
      });
      if (body != null) {
        spec = spec.contentType(MediaType.APPLICATION_JSON).body(body instanceof String s ? s : toJson(body));
      }
      return spec.exchange((request, response) -> {
        byte[] bytes = response.getBody().readAllBytes();
        HttpHeaders headers = response.getHeaders();
        JsonNode node = bytes.length == 0 ? json.nullNode() : json.readTree(bytes);
        return new Response(response.getStatusCode().value(), node, headers);
      });
    }
  }

  private String toJson(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Status, headers and the body's bytes of an answer. */
  public record Raw(int status, HttpHeaders headers, byte[] body) {

    public String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return status + " " + headers.getContentType() + " " + body.length + " bytes";
    }
  }

  /** Status, JSON body and headers of an answer. */
  public record Response(int status, JsonNode body, HttpHeaders headers) {

    public String text(String field) {
      return body.path(field).asText(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
