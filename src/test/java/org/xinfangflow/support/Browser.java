package org.xinfangflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;

/**
 * A real HTTP client that behaves like a browser towards the running application: it keeps the
 * cookies it is given (session, CSRF token) and sends them back, and it does not follow redirects,
 * so each answer can be checked. No HTTP Basic: it signs in through the login form.
 */
public class Browser {

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public Browser(Environment environment) {
    this.base = "http://127.0.0.1:" + environment.getProperty("local.server.port");
  }

  /** Opens the login page and sends the form with the token the page came with. */
  public Page signIn(String username, String password) {
    get("/login");
    return postForm("/login", Map.of("username", username, "password", password, "_csrf", cookie("XF-XSRF-TOKEN")));
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept", "text/html,*/*"));
  }

  public Page postForm(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A JSON call as the pages' scripts make it; {@code headers} are added as given (the CSRF token, say). */
  public Page sendJson(String method, String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return send(request);
  }

  /** The current value of a cookie, or the empty string. */
  public String cookie(String name) {
    return cookies.getOrDefault(name, "");
  }

  private Page send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      for (String setCookie : response.headers().allValues("Set-Cookie")) {
        keep(setCookie);
      }
      return new Page(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void keep(String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    int equals = pair.indexOf('=');
    String name = pair.substring(0, equals).strip();
    String value = pair.substring(equals + 1).strip();
    boolean expired = setCookie.toLowerCase().contains("max-age=0");
    if (value.isEmpty() || expired) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }

  /** Status, body and headers of an answer. */
  public record Page(int status, String body, HttpHeaders headers) {

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** Where a redirect points, without the scheme and host. */
    public String location() {
      String location = header("Location");
      return location == null ? null : location.replaceFirst("^https?://[^/]+", "");
    }
  }
}
