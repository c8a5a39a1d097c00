package org.xinfangflow.supervision.bulletin;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.supervision.bulletin.RectificationStep.StepView;

/** Puts bulletins and problems into their API shape, with unit names and rectification steps. */
@Component
class BulletinViews {

  private final BulletinItemRepository items;
  private final RectificationStepRepository steps;
  private final UserDirectory directory;

  BulletinViews(BulletinItemRepository items, RectificationStepRepository steps, UserDirectory directory) {
    this.items = items;
    this.steps = steps;
    this.directory = directory;
  }

  BulletinView of(Bulletin bulletin) {
    List<BulletinItem> lines = items.itemsOf(bulletin.getId());
    Map<Long, List<StepView>> history = history(lines.stream().map(i -> i.getProblem().getId()).toList());
    Names names = new Names();
    Comparator<BulletinItem> byUnit = Comparator.comparing((BulletinItem i) -> i.getProblem().getUnitCode())
        .thenComparing(i -> i.getProblem().getOccurredAt()).thenComparing(i -> i.getProblem().getId());
    List<ProblemView> fresh = lines.stream().filter(i -> !i.isCarried()).sorted(byUnit)
        .map(i -> line(i, history, names)).toList();
    List<ProblemView> carried = lines.stream().filter(BulletinItem::isCarried).sorted(byUnit)
        .map(i -> line(i, history, names)).toList();
    return new BulletinView(bulletin.getId(), bulletin.getNumber(), bulletin.getJurisdiction(),
        names.of(bulletin.getJurisdiction()), bulletin.getMonth(), bulletin.getGeneratedAt(),
        bulletin.getGeneratedBy(), summary(fresh, carried), fresh, carried);
  }

  BulletinSummary summaryOf(Bulletin bulletin) {
    List<BulletinItem> lines = items.itemsOf(bulletin.getId());
    long carried = lines.stream().filter(BulletinItem::isCarried).count();
    return new BulletinSummary(bulletin.getId(), bulletin.getNumber(), bulletin.getJurisdiction(),
        bulletin.getMonth(), bulletin.getGeneratedAt(), bulletin.getGeneratedBy(), lines.size() - carried, carried);
  }

  List<ProblemView> of(Collection<Problem> problems) {
    Map<Long, List<StepView>> history = history(problems.stream().map(Problem::getId).toList());
    Names names = new Names();
    return problems.stream().map(p -> view(p, null, null, history, names)).toList();
  }

  ProblemView of(Problem problem) {
    return of(List.of(problem)).get(0);
  }

  private static List<UnitSummary> summary(List<ProblemView> fresh, List<ProblemView> carried) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, String> unitNames = new HashMap<>();
    for (List<ProblemView> section : List.of(fresh, carried)) {
      for (ProblemView p : section) {
        unitNames.put(p.unit(), p.unitName());
        int[] c = counts.computeIfAbsent(p.unit(), u -> new int[3]);
        c[section == carried ? 2 : p.source() == ProblemSource.FINDING ? 0 : 1]++;
      }
    }
    return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> new UnitSummary(e.getKey(), unitNames.get(e.getKey()), e.getValue()[0], e.getValue()[1],
            e.getValue()[2]))
        .toList();
  }

  private ProblemView line(BulletinItem item, Map<Long, List<StepView>> history, Names names) {
    return view(item.getProblem(), item.getStatusListed(), item.getFirstListedIn(), history, names);
  }

  private static ProblemView view(Problem p, ProblemStatus listed, String firstListedIn,
      Map<Long, List<StepView>> history, Names names) {
    return new ProblemView(p.getId(), p.getSource(), p.getSource().label(), p.getReference(), p.getMatterNumber(),
        p.getUnitCode(), names.of(p.getUnitCode()), p.getCode(), p.getDescription(), p.getArticle(),
        p.getEvidence(), p.getOccurredAt(), p.getStatus(), p.getStatus().label(), listed, firstListedIn,
        history.getOrDefault(p.getId(), List.of()));
  }

  private Map<Long, List<StepView>> history(List<Long> problemIds) {
    if (problemIds.isEmpty()) {
      return Map.of();
    }
    return steps.findByProblemIdInOrderById(problemIds).stream().collect(Collectors.groupingBy(
        RectificationStep::getProblemId, Collectors.mapping(RectificationStep::view, Collectors.toList())));
  }

  /** Unit names, each looked up once per view. */
  private final class Names {
    private final Map<String, String> cache = new HashMap<>();

    String of(String code) {
      return cache.computeIfAbsent(code, c -> directory.unitName(c).orElse(c));
    }
  }
}
