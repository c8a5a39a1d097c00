import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reporting benchmark's client (bench/reporting.sh runs it): against a running application,
 * <ol>
 * <li>times {@code GET /api/reports/yearly?year=} over HTTP, signed in as the auditor (a session, as the web
 * pages are): warm-up, then requests one after another; median and p95;</li>
 * <li>times the write path at this size: petitions registered one after another by the clerk (a session);</li>
 * <li>computes the same figures from the engine's history API ({@code /engine-rest/history/...}, paged with
 * firstResult/maxResults, HTTP Basic as that API requires here) on the client, times it, checks every figure
 * against the report's and prints the ratio;</li>
 * <li>times the XLSX export ({@code GET /api/reports/yearly/{year}.xlsx}) with the application's heap sampled
 * by {@code jstat} and its peak resident memory ({@code VmHWM}, reset before), and the asynchronous export job
 * ({@code POST /api/reports/exports}) if the application has them; "not available" otherwise.</li>
 * </ol>
 * One BENCH line per measurement. Run with the source launcher:
 * {@code java bench/ReportsBench.java http://127.0.0.1:18090 2025 [warmup] [requests] [app pid]}.
 * Environment: ENGINE_USER (default engine-reader: an engine administrator without a unit, made by the loader),
 * ENGINE_PAGE (default 1000), ENGINE_WINDOW_DAYS (default 7: instances asked for by windows of that many days of
 * start; 366 pages through the whole year at once), ENGINE_MAX (stop after that many instances: a labelled subset),
 * ENGINE_SCOPED_SAMPLE (default 1: instances whose variables are read once more as the demo admin, who is in
 * every unit's scope group; 0 skips it), SKIP_ENGINE=1, SKIP_EXPORT=1, WRITES (default 50: petitions registered
 * one after another and timed, the write path; 0 skips it).
 */
public class ReportsBench {

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  private static final List<String> FIGURES = List.of("timelyAcceptance", "onTimeCompletion", "satisfaction",
      "participation", "repeatRate", "firstTimeResolution", "routingRate", "sponsoredResolution");

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:18090";
    int year = args.length > 1 ? Integer.parseInt(args[1]) : 2025;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int requests = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    long pid = args.length > 4 ? Long.parseLong(args[4]) : 0;
    Session auditor = Session.signIn(base, "auditor", "demo");

    Map<String, Object> report = timeReport(auditor, year, warmup, requests);
    if (pid > 0) {
      Memory memory = new Memory(pid);
      memory.before();
      long start = System.nanoTime();
      check(auditor.get("/api/reports/yearly?year=" + year));
      double ms = (System.nanoTime() - start) / 1e6;
      System.out.printf("BENCH case=yearly_report_memory ms=%.0f %s%n", ms, memory.stop());
    }
    int writes = Integer.parseInt(env("WRITES", "50"));
    if (writes > 0) {
      timeRegistrations(base, writes);
    }
    if (!"1".equals(System.getenv("SKIP_ENGINE"))) {
      String user = env("ENGINE_USER", "engine-reader");
      EngineFigures engine = new EngineFigures(base, user, year, Integer.parseInt(env("ENGINE_PAGE", "1000")),
          Integer.parseInt(env("ENGINE_WINDOW_DAYS", "7")), Long.parseLong(env("ENGINE_MAX", "0")),
          LocalDate.parse((String) report.get("asOf")));
      engine.run(report);
      engine.visibleTo("auditor");
      engine.scopedSample("admin", Integer.parseInt(env("ENGINE_SCOPED_SAMPLE", "1")));
    }
    if (!"1".equals(System.getenv("SKIP_EXPORT"))) {
      timeExport(auditor, year, pid);
      timeExportJob(auditor, year);
    }
  }

  // ---------------------------------------------------------------------------------------------- the report

  @SuppressWarnings("unchecked")
  static Map<String, Object> timeReport(Session auditor, int year, int warmup, int requests) throws Exception {
    String path = "/api/reports/yearly?year=" + year;
    HttpResponse<String> response = null;
    for (int i = 0; i < warmup; i++) {
      response = check(auditor.get(path));
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      response = check(auditor.get(path));
      millis.add((System.nanoTime() - start) / 1e6);
    }
    millis.sort(Double::compare);
    Map<String, Object> report = (Map<String, Object>) Json.parse(response.body());
    long registered = ((Number) ((Map<String, Object>) report.get("totals")).get("registered")).longValue();
    System.out.printf("BENCH case=yearly_report year=%d requests=%d min_ms=%.1f median_ms=%.1f p95_ms=%.1f max_ms=%.1f"
            + " registered=%d bytes=%d%n", year, requests, millis.get(0), millis.get(millis.size() / 2),
        millis.get((int) (millis.size() * 0.95)), millis.get(millis.size() - 1), registered,
        response.body().getBytes(StandardCharsets.UTF_8).length);
    Map<String, Object> figures = (Map<String, Object>) report.get("figures");
    StringBuilder line = new StringBuilder("BENCH figures source=report registered=" + registered);
    for (String name : FIGURES) {
      Map<String, Object> f = (Map<String, Object>) figures.get(name);
      line.append(' ').append(name).append('=').append(num(f.get("numerator"))).append('/')
          .append(num(f.get("denominator")));
    }
    System.out.println(line);
    return report;
  }

  /**
   * The write path at this size: WRITES petitions registered one after another by the demo clerk through a
   * session (POST /api/petitions: the lifecycle started, its history written, the projection's fact rows and
   * running totals updated before the commit), after 10 not timed. Each has content of its own and no ID
   * number, so none is a repeat. They are received now (the application's clock: no receivedAt), outside the
   * year the report times.
   */
  static void timeRegistrations(String base, int writes) throws Exception {
    Session clerk = Session.signIn(base, "clerk", "demo");
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < writes + 10; i++) {
      String body = "{\"channel\":\"LETTER\",\"petitioners\":[{\"name\":\"基准测试信访人\",\"phone\":\"13800138000\","
          + "\"address\":\"北京市东城区测试路1号\"}],\"headcount\":1,\"title\":\"小区供暖不达标\","
          + "\"content\":\"室温长期低于16度，请求督促供热单位整改。基准" + UUID.randomUUID() + "\","
          + "\"category\":\"城乡建设\",\"regionCode\":\"110101\"}";
      long start = System.nanoTime();
      HttpResponse<String> created = clerk.post("/api/petitions", body);
      double ms = (System.nanoTime() - start) / 1e6;
      if (created.statusCode() != 201) {
        throw new IllegalStateException("registration answered " + created.statusCode() + ": " + created.body());
      }
      if (i >= 10) {
        millis.add(ms);
      }
    }
    millis.sort(Double::compare);
    System.out.printf("BENCH case=register_petition writes=%d min_ms=%.1f median_ms=%.1f p95_ms=%.1f max_ms=%.1f%n",
        writes, millis.get(0), millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)),
        millis.get(millis.size() - 1));
  }

  // -------------------------------------------------------------------------- the same figures from the engine

  /**
   * The figures of the year for everything the engine user sees, from the engine's history alone: the
   * lifecycle instances started in the year (paged), the variables the figures need (per page, by instance
   * ids and names), the instances whose evaluation window ran out (executedActivityIdIn), the repeat variables
   * and the sponsored-case instances with theirs. Counted as the projection's Tally counts.
   */
  static final class EngineFigures {
    static final List<String> NAMES = List.of("receivedOn", "channel", "category", "registeringUnit", "unit",
        "classification", "route", "noticeOwed", "acceptanceDecision", "acceptedOn", "ACCEPTANCE_NOTICE_due",
        "HANDLING_due", "deliveredOn", "evaluation", "reviewRequestedOn");
    static final Set<String> SATISFIED = Set.of("SATISFIED", "BASICALLY_SATISFIED");
    static final Set<String> HAS_LEGAL_CHANNEL = Set.of("CLAIM_LEGAL_CHANNEL", "LITIGATION");

    final String rest;
    final String basic;
    final int year;
    final int page;
    final int windowDays;
    final long max;
    final LocalDate asOf;
    final String after;
    final String before;
    final String base;
    final List<String> firstIds = new ArrayList<>();
    int calls;
    long bytes;
    long rows;

    EngineFigures(String base, String user, int year, int page, int windowDays, long max, LocalDate asOf) {
      this.base = base;
      this.rest = base + "/engine-rest";
      this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
      this.year = year;
      this.page = page;
      this.windowDays = windowDays;
      this.max = max;
      this.asOf = asOf;
      this.after = ENGINE_DATE.format(LocalDate.of(year, 1, 1).atStartOfDay(BEIJING));
      this.before = ENGINE_DATE.format(LocalDate.of(year + 1, 1, 1).atStartOfDay(BEIJING));
    }

    @SuppressWarnings("unchecked")
    void run(Map<String, Object> report) throws Exception {
      long start = System.nanoTime();
      // 1. lifecycle instances started in the year, window by window (ENGINE_WINDOW_DAYS) and a page at a time
      //    in each, and the variables of each page. The engine sorts every instance of the window for each page
      //    (select distinct ... order by ... offset), so one window of a whole year costs a sort of the year per
      //    page; windows of a day keep each sort small. Both bounds of a window are inclusive: ids are kept once.
      Map<String, Map<String, Object>> matters = new HashMap<>();
      Map<String, String> byNumber = new HashMap<>();
      Set<String> expired = new HashSet<>();
      long expiredNanos = 0;
      long fetched = 0;
      windows:
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(windowDays)) {
        String from = ENGINE_DATE.format(day.atStartOfDay(BEIJING));
        LocalDate next = day.plusDays(windowDays).getYear() == year ? day.plusDays(windowDays)
            : LocalDate.of(year + 1, 1, 1);
        String until = ENGINE_DATE.format(next.atStartOfDay(BEIJING));
        for (int first = 0; ; first += page) {
          List<Object> found = (List<Object>) get("/history/process-instance?processDefinitionKey=petition-lifecycle"
              + "&startedAfter=" + enc(from) + "&startedBefore=" + enc(until)
              + "&sortBy=instanceId&sortOrder=asc&firstResult=" + first + "&maxResults=" + page);
          List<String> ids = new ArrayList<>();
          for (Object o : found) {
            Map<String, Object> instance = (Map<String, Object>) o;
            String id = (String) instance.get("id");
            if (matters.containsKey(id)) {
              continue;
            }
            ids.add(id);
            Map<String, Object> values = new HashMap<>();
            values.put("#number", instance.get("businessKey"));
            matters.put(id, values);
            byNumber.put((String) instance.get("businessKey"), id);
          }
          if (firstIds.isEmpty()) {
            firstIds.addAll(ids);
          }
          if (!ids.isEmpty()) {
            variables(ids, NAMES, matters);
          }
          fetched += ids.size();
          if (found.size() < page || (max > 0 && fetched >= max)) {
            break;
          }
        }
        // 2. the instances of the window whose evaluation window ran out unused
        long expiredStart = System.nanoTime();
        for (int first = 0; ; first += page) {
          List<Object> found = (List<Object>) post("/history/process-instance?firstResult=" + first + "&maxResults="
              + page, "{\"processDefinitionKey\":\"petition-lifecycle\",\"startedAfter\":\"" + from
              + "\",\"startedBefore\":\"" + until + "\",\"executedActivityIdIn\":[\"evaluation_mark_expired\","
              + "\"suggestion_evaluation_mark_expired\"],\"sorting\":[{\"sortBy\":\"instanceId\",\"sortOrder\":\"asc\"}]}");
          found.forEach(o -> expired.add((String) ((Map<String, Object>) o).get("id")));
          if (found.size() < page) {
            break;
          }
        }
        expiredNanos += System.nanoTime() - expiredStart;
        if (max > 0 && fetched >= max) {
          break windows;
        }
      }
      long instances = matters.size();
      long tExpired = System.nanoTime();
      long tInstances = tExpired - expiredNanos;
      // 3. repeat petitions: recorded on the matter they repeat, counted by their own day of receipt
      List<String[]> repeats = new ArrayList<>();
      for (int first = 0; ; first += page) {
        List<Object> found = (List<Object>) post("/history/variable-instance?deserializeValues=false&firstResult="
            + first + "&maxResults=" + page, "{\"processDefinitionKey\":\"petition-lifecycle\","
            + "\"variableNameLike\":\"repeat:%\",\"sorting\":[{\"sortBy\":\"variableName\",\"sortOrder\":\"asc\"}]}");
        for (Object o : found) {
          Map<String, Object> v = (Map<String, Object>) o;
          if (v.get("value") != null && v.get("taskId") == null) {
            repeats.add(new String[] {(String) v.get("processInstanceId"), v.get("value").toString()});
          }
        }
        if (found.size() < page) {
          break;
        }
      }
      long tRepeats = System.nanoTime();
      // 4. sponsored cases, with their variables
      Map<String, Map<String, Object>> sponsorships = new HashMap<>();
      for (int first = 0; ; first += page) {
        List<Object> found = (List<Object>) get("/history/process-instance?processDefinitionKey=sponsored-case"
            + "&sortBy=instanceId&sortOrder=asc&firstResult=" + first + "&maxResults=" + page);
        List<String> ids = new ArrayList<>();
        found.forEach(o -> ids.add((String) ((Map<String, Object>) o).get("id")));
        ids.forEach(id -> sponsorships.put(id, new HashMap<>()));
        if (!ids.isEmpty()) {
          variables(ids, List.of("matter", "assignedOn", "outcome"), sponsorships);
        }
        if (found.size() < page) {
          break;
        }
      }
      long tSponsorships = System.nanoTime();

      // 5. count, as the projection's Tally counts (jurisdiction: everything the engine user sees)
      Tally all = new Tally();
      Map<String, Integer> repeatCounts = new HashMap<>();
      for (String[] r : repeats) {
        repeatCounts.merge(r[0], 1, Integer::sum);
      }
      for (Map.Entry<String, Map<String, Object>> e : matters.entrySet()) {
        Map<String, Object> v = e.getValue();
        LocalDate received = day(v.get("receivedOn"));
        if (received == null || received.getYear() != year) {
          continue;
        }
        all.matter(v, expired.contains(e.getKey()), repeatCounts.getOrDefault(e.getKey(), 0), asOf);
      }
      long repeatsInYear = 0;
      for (String[] r : repeats) {
        LocalDate received = LocalDate.parse(r[1].split("\t", 2)[0]);
        if (received.getYear() == year) {
          all.repeat();
          repeatsInYear++;
        }
      }
      long sponsored = 0;
      for (Map<String, Object> s : sponsorships.values()) {
        LocalDate assigned = day(s.get("assignedOn"));
        if (assigned != null && assigned.getYear() == year && byNumber.containsKey((String) s.get("matter"))) {
          all.sponsorship(s.get("outcome") != null);
          sponsored++;
        }
      }
      long end = System.nanoTime();

      double total = (end - start) / 1e6;
      System.out.printf("BENCH case=engine_history_figures year=%d user=%s page=%d window_days=%d%s instances=%d"
              + " repeats=%d"
              + " sponsorships=%d calls=%d rows=%d bytes=%d total_ms=%.0f instances_and_variables_ms=%.0f"
              + " expired_ms=%.0f repeats_ms=%.0f sponsorships_ms=%.0f count_ms=%.0f%n", year,
          basic.isEmpty() ? "-" : user(), page, windowDays, max > 0 ? " subset_max=" + max : "", instances,
          repeatsInYear,
          sponsored, calls, rows, bytes, total, (tInstances - start) / 1e6, (tExpired - tInstances) / 1e6,
          (tRepeats - tExpired) / 1e6, (tSponsorships - tRepeats) / 1e6, (end - tSponsorships) / 1e6);
      System.out.println("BENCH figures source=engine registered=" + all.registered + " " + all.figures());
      Map<String, Object> figures = (Map<String, Object>) report.get("figures");
      long registered = ((Number) ((Map<String, Object>) report.get("totals")).get("registered")).longValue();
      List<String> differ = new ArrayList<>();
      if (registered != all.registered) {
        differ.add("registered");
      }
      Map<String, long[]> mine = all.byName();
      for (String name : FIGURES) {
        Map<String, Object> f = (Map<String, Object>) figures.get(name);
        long[] m = mine.get(name);
        if (((Number) f.get("numerator")).longValue() != m[0] || ((Number) f.get("denominator")).longValue() != m[1]) {
          differ.add(name);
        }
      }
      System.out.println("BENCH figures_match=" + (differ.isEmpty() ? "all" : "NO differ=" + String.join(",", differ))
          + (max > 0 ? " (subset: not comparable)" : ""));
    }

    /** How many of the year's lifecycle instances another user sees through the history API. */
    void visibleTo(String user) throws Exception {
      long start = System.nanoTime();
      HttpResponse<String> response = check(send(HttpRequest.newBuilder(URI.create(rest
          + "/history/process-instance/count?processDefinitionKey=petition-lifecycle&startedAfter=" + enc(after)
          + "&startedBefore=" + enc(before))).header("Authorization", basicOf(user)).GET().build()));
      System.out.printf("BENCH case=engine_visible_instances user=%s count=%s ms=%.0f%n", user,
          num(((Map<?, ?>) Json.parse(response.body())).get("count")), (System.nanoTime() - start) / 1e6);
    }

    /**
     * The variables of the first instances once more, as a user in the scope group of every unit (the demo
     * admin): the engine joins each history row with every grant those groups hold, one per instance and unit.
     */
    void scopedSample(String user, int count) throws Exception {
      if (count <= 0 || firstIds.isEmpty()) {
        return;
      }
      List<String> ids = firstIds.subList(0, Math.min(count, firstIds.size()));
      StringBuilder body = new StringBuilder("{\"processInstanceIdIn\":[");
      for (int i = 0; i < ids.size(); i++) {
        body.append(i == 0 ? "\"" : ",\"").append(ids.get(i)).append('"');
      }
      body.append("],\"variableNameIn\":[\"").append(String.join("\",\"", NAMES)).append("\"]}");
      long start = System.nanoTime();
      HttpResponse<String> response = check(send(HttpRequest.newBuilder(URI.create(rest
              + "/history/variable-instance?deserializeValues=false")).header("Authorization", basicOf(user))
          .header("Content-Type", "application/json").timeout(java.time.Duration.ofMinutes(30))
          .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build()));
      System.out.printf("BENCH case=engine_scoped_sample user=%s instances=%d variables=%d ms=%.0f%n", user,
          ids.size(), ((List<?>) Json.parse(response.body())).size(), (System.nanoTime() - start) / 1e6);
    }

    private static String basicOf(String user) {
      return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private String user() {
      String decoded = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8);
      return decoded.substring(0, decoded.indexOf(':'));
    }

    @SuppressWarnings("unchecked")
    private void variables(List<String> ids, List<String> names, Map<String, Map<String, Object>> into)
        throws Exception {
      StringBuilder body = new StringBuilder("{\"processInstanceIdIn\":[");
      for (int i = 0; i < ids.size(); i++) {
        body.append(i == 0 ? "\"" : ",\"").append(ids.get(i)).append('"');
      }
      body.append("],\"variableNameIn\":[");
      for (int i = 0; i < names.size(); i++) {
        body.append(i == 0 ? "\"" : ",\"").append(names.get(i)).append('"');
      }
      body.append("]}");
      for (Object o : (List<Object>) post("/history/variable-instance?deserializeValues=false", body.toString())) {
        Map<String, Object> v = (Map<String, Object>) o;
        if (v.get("taskId") != null || v.get("value") == null) {
          continue; // as EngineHistory: task-local variables and empty values are left out
        }
        Map<String, Object> values = into.get((String) v.get("processInstanceId"));
        boolean instanceLevel = v.get("processInstanceId").equals(v.get("executionId"));
        if (values != null && (instanceLevel || !values.containsKey((String) v.get("name")))) {
          values.put((String) v.get("name"), v.get("value"));
        }
      }
    }

    private Object get(String path) throws Exception {
      return call(HttpRequest.newBuilder(URI.create(rest + path)).header("Authorization", basic).GET().build());
    }

    private Object post(String path, String json) throws Exception {
      return call(HttpRequest.newBuilder(URI.create(rest + path)).header("Authorization", basic)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @SuppressWarnings("unchecked")
    private Object call(HttpRequest request) throws Exception {
      HttpResponse<String> response = check(send(request));
      calls++;
      bytes += response.body().length();
      Object parsed = Json.parse(response.body());
      rows += parsed instanceof List<?> list ? list.size() : 1;
      return parsed;
    }
  }

  /** The counters of the projection's Tally (docs/reporting.md), fed from engine variables. */
  static final class Tally {
    long registered;
    long noticeOnTime;
    long noticeRequired;
    long concludedOnTime;
    long concludedOrLate;
    long satisfied;
    long evaluated;
    long evaluationExpired;
    long repeats;
    long firstResolved;
    long firstConcluded;
    long routed;
    long withLegalChannel;
    long sponsorshipsResolved;
    long sponsorships;

    void matter(Map<String, Object> v, boolean expired, int repeatCount, LocalDate asOf) {
      registered++;
      boolean owed = !Boolean.FALSE.equals(v.get("noticeOwed"));
      LocalDate acceptanceDue = lastDay(v.get("ACCEPTANCE_NOTICE_due"));
      // decide_acceptance started once ACCEPTANCE_NOTICE_due is set; ended once acceptanceDecision is
      String decision = v.get("acceptanceDecision") != null ? v.get("acceptanceDecision").toString()
          : acceptanceDue != null ? "PENDING" : null;
      if (owed && decision != null && acceptanceDue != null) {
        LocalDate notified = day(v.get("acceptedOn"));
        if (("ACCEPT".equals(decision) || "NOT_ACCEPT".equals(decision)) && notified != null) {
          noticeRequired++;
          noticeOnTime += notified.isAfter(acceptanceDue) ? 0 : 1;
        } else if ("PENDING".equals(decision) && acceptanceDue.isBefore(asOf)) {
          noticeRequired++;
        }
      }
      LocalDate handlingDue = lastDay(v.get("HANDLING_due"));
      LocalDate concluded = day(v.get("deliveredOn"));
      if (handlingDue != null) {
        if (concluded != null) {
          concludedOrLate++;
          concludedOnTime += concluded.isAfter(handlingDue) ? 0 : 1;
        } else if (handlingDue.isBefore(asOf)) {
          concludedOrLate++;
        }
      }
      Object evaluation = v.get("evaluation");
      boolean isSatisfied = evaluation != null && SATISFIED_SET.contains(evaluation.toString());
      if (evaluation != null) {
        evaluated++;
        satisfied += isSatisfied ? 1 : 0;
      } else if (expired) {
        evaluationExpired++;
      }
      if (concluded != null) {
        firstConcluded++;
        if (repeatCount == 0 && v.get("reviewRequestedOn") == null && isSatisfied) {
          firstResolved++;
        }
      }
      Object classification = v.get("classification");
      if (classification != null && EngineFigures.HAS_LEGAL_CHANNEL.contains(classification.toString())) {
        withLegalChannel++;
        routed += "ROUTED".equals(v.get("route")) ? 1 : 0;
      }
    }

    private static final Set<String> SATISFIED_SET = EngineFigures.SATISFIED;

    void repeat() {
      registered++;
      repeats++;
    }

    void sponsorship(boolean resolved) {
      sponsorships++;
      sponsorshipsResolved += resolved ? 1 : 0;
    }

    Map<String, long[]> byName() {
      Map<String, long[]> figures = new LinkedHashMap<>();
      figures.put("timelyAcceptance", new long[] {noticeOnTime, noticeRequired});
      figures.put("onTimeCompletion", new long[] {concludedOnTime, concludedOrLate});
      figures.put("satisfaction", new long[] {satisfied, evaluated});
      figures.put("participation", new long[] {evaluated, evaluated + evaluationExpired});
      figures.put("repeatRate", new long[] {repeats, registered});
      figures.put("firstTimeResolution", new long[] {firstResolved, firstConcluded});
      figures.put("routingRate", new long[] {routed, withLegalChannel});
      figures.put("sponsoredResolution", new long[] {sponsorshipsResolved, sponsorships});
      return figures;
    }

    String figures() {
      StringBuilder line = new StringBuilder();
      byName().forEach((name, f) -> line.append(line.isEmpty() ? "" : " ").append(name).append('=').append(f[0])
          .append('/').append(f[1]).append(" (").append(f[1] == 0 ? "-" : BigDecimal.valueOf(f[0])
              .divide(BigDecimal.valueOf(f[1]), 4, RoundingMode.HALF_UP)).append(')'));
      return line.toString();
    }
  }

  static LocalDate day(Object text) {
    return text == null || text.toString().isBlank() ? null : LocalDate.parse(text.toString());
  }

  /** The last day of a limit held as its end (a date variable: the first instant after the last day, Beijing). */
  static LocalDate lastDay(Object due) {
    if (due == null) {
      return null;
    }
    Instant end = OffsetDateTime.parse(due.toString(), ENGINE_DATE).toInstant();
    return LocalDate.ofInstant(end.minusMillis(1), BEIJING);
  }

  // ---------------------------------------------------------------------------------------------- the exports

  static void timeExport(Session auditor, int year, long pid) throws Exception {
    String path = "/api/reports/yearly/" + year + ".xlsx";
    Memory memory = pid > 0 ? new Memory(pid) : null;
    if (memory != null) {
      memory.before();
    }
    long start = System.nanoTime();
    HttpResponse<InputStream> response = send(auditor.request(path).GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    long firstByte = System.nanoTime();
    if (response.statusCode() == 404 || response.statusCode() == 403 || response.statusCode() == 405) {
      response.body().close();
      if (memory != null) {
        memory.stop();
      }
      System.out.println("XLSX export: not available (GET " + path + " answered HTTP " + response.statusCode() + ")");
      System.out.println("BENCH case=xlsx_export available=no status=" + response.statusCode());
      return;
    }
    long bytes = drain(response.body());
    long end = System.nanoTime();
    if (response.statusCode() != 200) {
      throw new IllegalStateException("XLSX export: HTTP " + response.statusCode());
    }
    String mem = memory == null ? "heap=n/a" : memory.stop();
    System.out.printf("BENCH case=xlsx_export available=yes status=%d bytes=%d first_byte_ms=%.0f total_ms=%.0f %s"
        + " content_type=%s%n", response.statusCode(), bytes, (firstByte - start) / 1e6, (end - start) / 1e6, mem,
        response.headers().firstValue("Content-Type").orElse("-").replace(' ', '_'));
  }

  @SuppressWarnings("unchecked")
  static void timeExportJob(Session auditor, int year) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> created = send(auditor.request("/api/reports/exports")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"year\":" + year + ",\"format\":\"XLSX\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() == 404 || created.statusCode() == 403 || created.statusCode() == 405) {
      System.out.println("XLSX export job: not available (POST /api/reports/exports answered HTTP "
          + created.statusCode() + ")");
      System.out.println("BENCH case=xlsx_export_job available=no status=" + created.statusCode());
      return;
    }
    if (created.statusCode() != 202) {
      throw new IllegalStateException("export job: HTTP " + created.statusCode() + ": " + created.body());
    }
    String location = created.headers().firstValue("Location")
        .orElse("/api/reports/exports/" + ((Map<String, Object>) Json.parse(created.body())).get("id"));
    String path = location.startsWith("http") ? URI.create(location).getRawPath() : location;
    Map<String, Object> status;
    int polls = 0;
    while (true) {
      status = (Map<String, Object>) Json.parse(check(auditor.get(path)).body());
      polls++;
      String state = String.valueOf(status.get("status"));
      if ("DONE".equals(state) || "FAILED".equals(state)) {
        break;
      }
      Thread.sleep(250);
    }
    long done = System.nanoTime();
    if (!"DONE".equals(status.get("status"))) {
      System.out.println("BENCH case=xlsx_export_job available=yes status=FAILED polls=" + polls + " body="
          + status.toString().replace(' ', '_'));
      return;
    }
    HttpResponse<InputStream> file = send(auditor.request(path + "/file").GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    long bytes = drain(file.body());
    long end = System.nanoTime();
    System.out.printf("BENCH case=xlsx_export_job available=yes status=%d rows=%s bytes=%d until_done_ms=%.0f"
            + " total_ms=%.0f polls=%d%n", file.statusCode(), status.get("rowsTotal"), bytes, (done - start) / 1e6,
        (end - start) / 1e6, polls);
  }

  static long drain(InputStream in) throws IOException {
    byte[] buffer = new byte[65536];
    long total = 0;
    try (in) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
      }
    }
    return total;
  }

  /**
   * The application's memory around one request: a full GC first ({@code jcmd GC.run}), its peak resident set
   * reset ({@code /proc/<pid>/clear_refs}), then heap used sampled every 100 ms by {@code jstat -gc} (survivor,
   * eden and old used) until the request ends; VmHWM read at the end.
   */
  static final class Memory {
    final long pid;
    Process jstat;
    final AtomicLong peakKb = new AtomicLong();
    final AtomicLong peakOldKb = new AtomicLong();
    final AtomicLong samples = new AtomicLong();
    long baseKb = -1;
    Thread reader;

    Memory(long pid) {
      this.pid = pid;
    }

    void before() throws Exception {
      new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
      try {
        Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5");
      } catch (IOException e) {
        System.err.println("cannot reset VmHWM: " + e.getMessage());
      }
      jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "100").redirectErrorStream(true).start();
      reader = new Thread(() -> {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(jstat.getInputStream()))) {
          String header = lines.readLine();
          List<String> columns = header == null ? List.of() : List.of(header.trim().split("\\s+"));
          for (String line; (line = lines.readLine()) != null; ) {
            String[] v = line.trim().split("\\s+");
            if (v.length != columns.size()) {
              continue;
            }
            double used = 0;
            for (String c : List.of("S0U", "S1U", "EU", "OU")) {
              used += Double.parseDouble(v[columns.indexOf(c)]);
            }
            long kb = (long) used;
            if (baseKb < 0) {
              baseKb = kb;
            }
            peakKb.accumulateAndGet(kb, Math::max);
            peakOldKb.accumulateAndGet((long) Double.parseDouble(v[columns.indexOf("OU")]), Math::max);
            samples.incrementAndGet();
          }
        } catch (IOException | RuntimeException e) {
          // the sampler ends with jstat
        }
      });
      reader.start();
      for (int i = 0; i < 100 && samples.get() < 2; i++) {
        Thread.sleep(100); // jstat attaches, then prints a line every 100 ms
      }
    }

    String stop() throws Exception {
      Thread.sleep(250);
      jstat.destroy();
      reader.join(2000);
      String hwm = "n/a";
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          hwm = Long.toString(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
        }
      }
      return String.format("heap_before_mb=%d heap_peak_mb=%d old_gen_peak_mb=%d heap_samples=%d vmhwm_mb=%s",
          baseKb / 1024, peakKb.get() / 1024, peakOldKb.get() / 1024, samples.get(), hwm);
    }
  }

  // ------------------------------------------------------------------------------------------------ plumbing

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static String num(Object value) {
    return value instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(value);
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static HttpResponse<String> check(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode() + " " + response.uri() + ": "
          + response.body().substring(0, Math.min(500, response.body().length())));
    }
    return response;
  }

  static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws Exception {
    return HTTP.send(request, handler);
  }

  /** The cookies of one signed-in browser: session and CSRF token (sent back as X-XSRF-TOKEN on writes). */
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
        throw new IllegalStateException("login failed for " + username + ": " + login.statusCode());
      }
      return session;
    }

    HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookieHeader())
          .header("X-XSRF-TOKEN", cookies.getOrDefault("XF-XSRF-TOKEN", ""));
    }

    HttpResponse<String> get(String path) throws Exception {
      HttpResponse<String> response = send(request(path).GET().build());
      keep(response);
      return response;
    }

    HttpResponse<String> post(String path, String json) throws Exception {
      HttpResponse<String> response = send(request(path).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json)).build());
      keep(response);
      return response;
    }

    private String cookieHeader() {
      return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .reduce((a, b) -> a + "; " + b).orElse("");
    }

    private void keep(HttpResponse<?> response) {
      for (String header : response.headers().allValues("Set-Cookie")) {
        String pair = header.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
  }

  /** A small JSON reader: objects as maps, arrays as lists, numbers as Long or BigDecimal. */
  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String text) {
      Json json = new Json(text);
      Object value = json.value();
      json.space();
      if (json.i != text.length()) {
        throw new IllegalArgumentException("trailing JSON at " + json.i);
      }
      return value;
    }

    private Object value() {
      space();
      char c = s.charAt(i);
      switch (c) {
        case '{': {
          i++;
          Map<String, Object> map = new LinkedHashMap<>();
          space();
          if (s.charAt(i) == '}') {
            i++;
            return map;
          }
          while (true) {
            space();
            String key = string();
            space();
            expect(':');
            map.put(key, value());
            space();
            if (s.charAt(i) == ',') {
              i++;
            } else {
              expect('}');
              return map;
            }
          }
        }
        case '[': {
          i++;
          List<Object> list = new ArrayList<>();
          space();
          if (s.charAt(i) == ']') {
            i++;
            return list;
          }
          while (true) {
            list.add(value());
            space();
            if (s.charAt(i) == ',') {
              i++;
            } else {
              expect(']');
              return list;
            }
          }
        }
        case '"':
          return string();
        case 't':
          i += 4;
          return Boolean.TRUE;
        case 'f':
          i += 5;
          return Boolean.FALSE;
        case 'n':
          i += 4;
          return null;
        default: {
          int start = i;
          while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
          }
          String number = s.substring(start, i);
          return number.contains(".") || number.contains("e") || number.contains("E") ? new BigDecimal(number)
              : (Object) Long.parseLong(number);
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder out = null;
      int start = i;
      while (true) {
        char c = s.charAt(i);
        if (c == '"') {
          String text = out == null ? s.substring(start, i) : out.append(s, start, i).toString();
          i++;
          return text;
        }
        if (c == '\\') {
          if (out == null) {
            out = new StringBuilder();
          }
          out.append(s, start, i);
          char e = s.charAt(i + 1);
          switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
              i += 4;
            }
            default -> out.append(e);
          }
          i += 2;
          start = i;
        } else {
          i++;
        }
      }
    }

    private void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private void expect(char c) {
      if (s.charAt(i) != c) {
        throw new IllegalArgumentException("expected " + c + " at " + i);
      }
      i++;
    }
  }
}
