package org.xinfangflow.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.shared.ApiProblem;

/**
 * 统计 — the figures of a period and a jurisdiction, from the projection only. A matter belongs to the
 * period of the day it was received and to every unit (the jurisdiction and those under it) at or above
 * its responsible or its registering unit; a sponsored case to the day it was assigned and to its matter's
 * units. The caller asks only within their own data scope: their unit and the units under it.
 */
@Service
@Transactional(readOnly = true)
class ReportService {

  private static final String UNRECORDED = "未记录";

  private final FactQueries facts;
  private final UserDirectory directory;
  private final Clock clock;

  ReportService(FactQueries facts, UserDirectory directory, Clock clock) {
    this.facts = facts;
    this.directory = directory;
    this.clock = clock;
  }

  /** The figures the API answers: counted by the database, every query in one snapshot so that the rows add up. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  ReportView report(CurrentUser user, LocalDate from, LocalDate to, String requestedJurisdiction) {
    return report(from, to, jurisdiction(user, requestedJurisdiction), today(), ReportListener.NONE);
  }

  /**
   * The report of a jurisdiction already checked ({@link #jurisdiction}), limits judged as of {@code asOf};
   * {@code listener} hears every matter and sponsored case counted, and every page read.
   */
  ReportView report(LocalDate from, LocalDate to, String jurisdiction, LocalDate asOf, ReportListener listener) {
    UnitChains units = new UnitChains(directory);
    Section current = section(from, to, jurisdiction, asOf, units, listener);
    Section previous = section(from.minusYears(1), to.minusYears(1), jurisdiction, asOf, units,
        listener == ReportListener.NONE ? ReportListener.NONE : listener.pagesOnly());
    ReportView.Breakdowns breakdowns = new ReportView.Breakdowns(
        rows(current.byUnit, Comparator.comparing((String unit) -> units.depth(unit)).thenComparing(unit -> unit),
            units::name),
        rows(current.byCategory, Comparator.naturalOrder(), Function.identity()),
        rows(current.byChannel, Comparator.naturalOrder(), FactLabels::channel),
        rows(current.byMonth, Comparator.naturalOrder(), Function.identity()));
    return new ReportView(from, to, jurisdiction, units.name(jurisdiction), asOf,
        new ReportView.Totals(current.all.registered()), current.all.figures(), breakdowns,
        ReportView.YearOverYear.of(from.minusYears(1), to.minusYears(1), current.all, previous.all));
  }

  /** Only what {@code listener} hears of the period (no figures, no year before): the matters list alone. */
  void matters(LocalDate from, LocalDate to, String jurisdiction, LocalDate asOf, ReportListener listener) {
    section(from, to, jurisdiction, asOf, new UnitChains(directory), listener);
  }

  /** Today in Beijing: the day limits are judged against. */
  LocalDate today() {
    return Beijing.today(clock);
  }

  /** The jurisdiction asked for (the caller's own unit when none), after checking it lies in the caller's scope. */
  String jurisdiction(CurrentUser user, String requested) {
    String home = user.unitCode();
    if (requested == null || requested.isBlank()) {
      if (home == null) {
        throw ApiProblem.forbidden("您的账号不属于任何单位，没有可统计的数据范围").with("field", "jurisdiction");
      }
      return home;
    }
    String asked = requested.strip();
    if (!directory.unitExists(asked)) {
      throw ApiProblem.badInput("jurisdiction", "jurisdiction: 单位 " + asked + " 不存在");
    }
    if (!user.has(Role.ADMIN) && (home == null || !new UnitChains(directory).within(asked, home))) {
      throw ApiProblem.forbidden("jurisdiction: 只能统计本单位及其下级单位的数据").with("field", "jurisdiction");
    }
    return asked;
  }

  /**
   * The tallies of a period. With no one listening (the API's figures) the database counts the facts; the
   * exports, which list every matter, read them page by page and count them here, the same way (Counting).
   */
  private Section section(LocalDate from, LocalDate to, String jurisdiction, LocalDate asOf, UnitChains units,
      ReportListener listener) {
    if (listener == ReportListener.NONE) {
      return counted(from, to, jurisdiction, asOf, units);
    }
    Section section = new Section(asOf, from, to);
    facts.pagesReceived(from, to, page -> {
      for (MatterFact matter : page) {
        Set<String> counting = units.countingUnits(matter.handlingUnit(), matter.registeringUnit(), jurisdiction);
        if (!counting.isEmpty()) {
          Counting where = Counting.of(matter, asOf);
          section.tallies(matter, counting, YearMonth.from(matter.receivedOn())).forEach(t -> t.addMatter(where));
          listener.matter(matter, where);
        }
      }
      listener.pageRead(page.size());
    });
    List<SponsorshipFact> sponsorships = facts.sponsorshipsAssigned(from, to);
    Map<String, MatterFact> sponsored = facts.matters(sponsorships.stream().map(SponsorshipFact::matterNumber)
        .distinct().toList());
    for (SponsorshipFact sponsorship : sponsorships) {
      MatterFact matter = sponsored.get(sponsorship.matterNumber());
      if (matter == null) {
        continue;
      }
      Set<String> counting = units.countingUnits(matter.handlingUnit(), matter.registeringUnit(), jurisdiction);
      if (!counting.isEmpty()) {
        section.tallies(matter, counting, YearMonth.from(sponsorship.assignedOn()))
            .forEach(tally -> tally.add(sponsorship));
        listener.sponsorship(sponsorship, Counting.of(sponsorship));
      }
    }
    return section;
  }

  /**
   * The tallies of a period from the database's counts (FactQueries): matters per handling and registering
   * unit, which give the total and the unit rows; then per category, channel and month of receipt, over the
   * matters within the jurisdiction only; sponsored cases per all of these. Each group is added to every tally
   * it counts in.
   */
  private Section counted(LocalDate from, LocalDate to, String jurisdiction, LocalDate asOf, UnitChains units) {
    Section section = new Section(asOf, from, to);
    Map<List<String>, Set<String>> countingUnits = new HashMap<>();
    BiFunction<String, String, Set<String>> counting = (handling, registering) -> countingUnits.computeIfAbsent(
        Arrays.asList(handling, registering), k -> units.countingUnits(handling, registering, jurisdiction));
    Set<String> within = new HashSet<>();
    boolean allWithin = true;
    for (FactQueries.Units group : facts.matterCountsByUnits(from, to, asOf)) {
      Set<String> counted = counting.apply(group.handlingUnit(), group.registeringUnit());
      if (counted.isEmpty()) {
        allWithin = false;
        continue;
      }
      for (String unit : Arrays.asList(group.handlingUnit(), group.registeringUnit())) {
        if (unit != null && units.within(unit, jurisdiction)) {
          within.add(unit);
        }
      }
      section.all.add(group.counts());
      counted.forEach(unit -> section.unit(unit).add(group.counts()));
    }
    if (!within.isEmpty()) {
      // a matter is within the jurisdiction when its handling or its registering unit is
      for (FactQueries.CategoryChannelMonth group : facts.matterCountsByCategoryChannelAndMonth(from, to, asOf,
          allWithin ? null : within)) {
        section.category(group.category()).add(group.counts());
        section.channel(group.channel()).add(group.counts());
        section.month(group.month()).add(group.counts());
      }
    }
    for (FactQueries.Sponsored group : facts.sponsorshipCounts(from, to)) {
      Set<String> counted = counting.apply(group.handlingUnit(), group.registeringUnit());
      if (!counted.isEmpty()) {
        section.all.add(group.counts());
        counted.forEach(unit -> section.unit(unit).add(group.counts()));
        section.category(group.category()).add(group.counts());
        section.channel(group.channel()).add(group.counts());
        section.month(group.month()).add(group.counts());
      }
    }
    return section;
  }

  private static List<ReportView.Row> rows(Map<String, Tally> tallies, Comparator<String> order,
      Function<String, String> name) {
    return tallies.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
        .map(e -> new ReportView.Row(e.getKey(), name.apply(e.getKey()), e.getValue().registered(),
            e.getValue().figures()))
        .toList();
  }

  /** The tallies of one period: overall and per unit, category, channel and month. */
  private static final class Section {
    private final LocalDate asOf;
    private final Tally all;
    private final Map<String, Tally> byUnit = new HashMap<>();
    private final Map<String, Tally> byCategory = new TreeMap<>();
    private final Map<String, Tally> byChannel = new TreeMap<>();
    private final Map<String, Tally> byMonth = new TreeMap<>();

    /** Every month of the period has its row, counted in or not. */
    Section(LocalDate asOf, LocalDate from, LocalDate to) {
      this.asOf = asOf;
      this.all = new Tally(asOf);
      for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
        month(month);
      }
    }

    /** Every tally a fact of this matter counts in. */
    List<Tally> tallies(MatterFact matter, Set<String> units, YearMonth month) {
      List<Tally> tallies = new java.util.ArrayList<>();
      tallies.add(all);
      units.forEach(unit -> tallies.add(unit(unit)));
      tallies.add(category(matter.category()));
      tallies.add(channel(matter.channel()));
      tallies.add(month(month));
      return tallies;
    }

    Tally unit(String unit) {
      return byUnit.computeIfAbsent(unit, k -> new Tally(asOf));
    }

    Tally category(String category) {
      return byCategory.computeIfAbsent(orUnrecorded(category), k -> new Tally(asOf));
    }

    Tally channel(String channel) {
      return byChannel.computeIfAbsent(orUnrecorded(channel), k -> new Tally(asOf));
    }

    Tally month(YearMonth month) {
      return byMonth.computeIfAbsent(month.toString(), k -> new Tally(asOf));
    }

    private static String orUnrecorded(String key) {
      return key == null ? UNRECORDED : key;
    }
  }
}
