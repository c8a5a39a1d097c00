import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the supervisor's overdue and warning pages over real HTTP against a running application:
 * signed in through the login form (a session, as the web pages are), each case warmed up and then
 * requested one after another. Prints one BENCH line per case. Run with the source launcher:
 * {@code java bench/AlertsBench.java http://localhost:8080 [warmup] [requests]}.
 */
public class AlertsBench {

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final Pattern TOTAL = Pattern.compile("\"totalElements\":(\\d+)");

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    Session city = Session.signIn(base, "supervisor", "demo");
    Session county = Session.signIn(base, "sup-bench-01", "demo");
    run("overdue_city_page0", warmup, requests, () -> city.get("/api/supervision/overdue?size=50"));
    run("overdue_city_page100", warmup, requests, () -> city.get("/api/supervision/overdue?size=50&page=100"));
    run("warnings_city_3days", warmup, requests, () -> city.get("/api/supervision/warnings?withinDays=3&size=50"));
    run("overdue_city_one_unit", warmup, requests,
        () -> city.get("/api/supervision/overdue?unit=U-BENCH-07-03&size=50"));
    run("overdue_county_page0", warmup, requests, () -> county.get("/api/supervision/overdue?size=50"));
    run("warnings_county_3days", warmup, requests,
        () -> county.get("/api/supervision/warnings?withinDays=3&size=50"));
    String basic = "Basic " + Base64.getEncoder().encodeToString("supervisor:demo".getBytes(StandardCharsets.UTF_8));
    run("overdue_city_page0_http_basic", warmup / 4, requests / 4,
        () -> send(HttpRequest.newBuilder(URI.create(base + "/api/supervision/overdue?size=50"))
            .header("Authorization", basic).GET().build()));
  }

  interface Call {
    HttpResponse<String> call() throws Exception;
  }

  static void run(String name, int warmup, int requests, Call call) throws Exception {
    String total = "?";
    for (int i = 0; i < warmup; i++) {
      check(call.call());
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = call.call();
      millis.add((System.nanoTime() - start) / 1e6);
      check(response);
      Matcher m = TOTAL.matcher(response.body());
      total = m.find() ? m.group(1) : "?";
    }
    millis.sort(Double::compare);
    System.out.printf("BENCH case=%s requests=%d min_ms=%.1f median_ms=%.1f p95_ms=%.1f max_ms=%.1f total=%s%n",
        name, requests, millis.get(0), millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)),
        millis.get(millis.size() - 1), total);
  }

  static void check(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
    }
  }

  static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The cookies of one signed-in browser: session and CSRF token. */
  record Session(String base, Map<String, String> cookies) {

    static Session signIn(String base, String username, String password) throws Exception {
      Session session = new Session(base, new LinkedHashMap<>());
      session.keep(send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build()));
      String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf="
          + enc(session.cookies.getOrDefault("XF-XSRF-TOKEN", ""));
      HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session.cookieHeader())
          .POST(HttpRequest.BodyPublishers.ofString(form)).build());
      session.keep(login);
      if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
        throw new IllegalStateException("login failed for " + username + ": " + login.statusCode() + " "
            + login.headers().map());
      }
      return session;
    }

    HttpResponse<String> get(String path) throws Exception {
      return send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookieHeader()).GET().build());
    }

    private String cookieHeader() {
      return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .reduce((a, b) -> a + "; " + b).orElse("");
    }

    private void keep(HttpResponse<String> response) {
      for (String header : response.headers().allValues("Set-Cookie")) {
        String pair = header.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }

    private static String enc(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }
}
