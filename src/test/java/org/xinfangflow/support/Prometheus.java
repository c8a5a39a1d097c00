package org.xinfangflow.support;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Scrapes {@code /actuator/prometheus} over real HTTP, as a demo user (or nobody), and reads its samples. */
public class Prometheus {

  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)$");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final Environment environment;

  public Prometheus(Environment environment) {
    this.environment = environment;
  }

  /** Status and text of a scrape. */
  public record Scrape(int status, String text) {

    /**
     * The samples of one metric, by the values of the given labels joined with "/" (e.g. {@code LETTER/false}):
     * a map from which any two scrapes can be compared.
     */
    public Map<String, Double> samples(String metric, String... labels) {
      Map<String, Double> samples = new TreeMap<>();
      for (String line : text.split("\n")) {
        Matcher sample = SAMPLE.matcher(line.strip());
        if (line.startsWith("#") || !sample.matches() || !sample.group(1).equals(metric)) {
          continue;
        }
        Map<String, String> values = new HashMap<>();
        Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
        while (label.find()) {
          values.put(label.group(1), label.group(2));
        }
        StringBuilder key = new StringBuilder();
        for (String name : labels) {
          key.append(key.isEmpty() ? "" : "/").append(values.get(name));
        }
        samples.merge(key.toString(), Double.parseDouble(sample.group(3)), Double::sum);
      }
      return samples;
    }
  }

  public Scrape scrape(String user) {
    RestClient client = RestClient.builder()
        .baseUrl("http://127.0.0.1:" + environment.getProperty("local.server.port")).build();
    return client.get().uri("/actuator/prometheus").accept(MediaType.TEXT_PLAIN).headers(headers -> {
      if (user != null) {
        headers.setBasicAuth(user, "demo");
      }
    }).exchange((request, response) -> new Scrape(response.getStatusCode().value(),
        new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** What changed from {@code before} to {@code after}: the samples whose value moved, by how much. */
  public static Map<String, Double> delta(Map<String, Double> before, Map<String, Double> after) {
    Map<String, Double> delta = new LinkedHashMap<>();
    after.forEach((key, value) -> {
      double change = value - before.getOrDefault(key, 0.0);
      if (change != 0) {
        delta.put(key, change);
      }
    });
    return delta;
  }
}
