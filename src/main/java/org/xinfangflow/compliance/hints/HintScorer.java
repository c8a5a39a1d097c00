package org.xinfangflow.compliance.hints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xinfangflow.petition.Classification;
import org.xinfangflow.petition.DispatchAction;

/**
 * Turns the matched rules into one suggestion: the weights are added up per class, the highest sum
 * wins (ties go to the class listed first in {@link #PRECEDENCE}), and within the class the article
 * with the highest sum gives the route. Strong when the winner has at least {@link #STRONG_SCORE}
 * and leads the runner-up by at least {@link #STRONG_LEAD}.
 */
final class HintScorer {

  static final int STRONG_SCORE = 3;
  static final int STRONG_LEAD = 2;

  /** Litigation first: litigation and petition are kept apart (Art. 22); accusations next (Art. 30). */
  private static final List<Classification> PRECEDENCE = List.of(Classification.LITIGATION,
      Classification.ACCUSATION, Classification.CLAIM_LEGAL_CHANNEL, Classification.CLAIM,
      Classification.SUGGESTION);

  private HintScorer() {
  }

  static Suggestion score(List<RuleHit> hits) {
    if (hits.isEmpty()) {
      return new Suggestion(Classification.CLAIM, DispatchAction.FORWARD, "《信访工作条例》第三十一条第（六）项、第三十四条",
          "未命中分类规则：按无其他法定途径的申诉求决事项提示，请登记员根据内容判断", Strength.WEAK, List.of());
    }
    Map<Classification, Integer> totals = new EnumMap<>(Classification.class);
    hits.forEach(hit -> totals.merge(hit.classification(), hit.weight(), Integer::sum));
    List<Classification> ranked = totals.keySet().stream()
        .sorted(Comparator.comparing((Classification c) -> -totals.get(c)).thenComparing(PRECEDENCE::indexOf))
        .toList();
    Classification best = ranked.get(0);
    int lead = totals.get(best) - (ranked.size() > 1 ? totals.get(ranked.get(1)) : 0);
    Strength strength = totals.get(best) >= STRONG_SCORE && lead >= STRONG_LEAD ? Strength.STRONG : Strength.WEAK;
    List<RuleHit> supporting = hits.stream().filter(hit -> hit.classification() == best)
        .sorted(Comparator.comparing(RuleHit::weight).reversed()).toList();
    RuleHit route = strongestArticle(supporting);
    List<String> keywords = supporting.stream().map(RuleHit::keyword).distinct().toList();
    return new Suggestion(best, route.action(), route.article(),
        reason(keywords, route, ranked, hits), strength, keywords);
  }

  /** The rule whose article has the highest sum of weights among the winner's hits. */
  private static RuleHit strongestArticle(List<RuleHit> supporting) {
    Map<String, Integer> perArticle = new LinkedHashMap<>();
    supporting.forEach(hit -> perArticle.merge(hit.article(), hit.weight(), Integer::sum));
    String article = perArticle.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return supporting.stream().filter(hit -> hit.article().equals(article)).findFirst().orElseThrow();
  }

  private static String reason(List<String> keywords, RuleHit route, List<Classification> ranked, List<RuleHit> hits) {
    StringBuilder reason = new StringBuilder("含").append(quoted(keywords)).append("：").append(route.reason());
    List<String> others = new ArrayList<>();
    for (Classification other : ranked.subList(1, ranked.size())) {
      List<String> words = hits.stream().filter(hit -> hit.classification() == other).map(RuleHit::keyword)
          .distinct().toList();
      others.add(quoted(words) + "指向" + ClassNames.of(other));
    }
    if (!others.isEmpty()) {
      reason.append("；另有").append(String.join("，", others)).append("，请核实");
    }
    return reason.toString();
  }

  private static String quoted(List<String> words) {
    return words.stream().limit(5).map(word -> "“" + word + "”").collect(Collectors.joining());
  }
}
