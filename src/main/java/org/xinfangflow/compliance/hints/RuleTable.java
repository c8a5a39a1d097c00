package org.xinfangflow.compliance.hints;

import java.io.InputStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.xinfangflow.petition.Classification;
import org.xinfangflow.petition.DispatchAction;

/**
 * 分类提示规则表 — the {@code classification-hints} decision table (processes/classification-hints.dmn),
 * evaluated by a DMN engine of its own: no history is written, so a matter's text never lands in the
 * engine's history tables. Every matching rule is collected.
 */
final class RuleTable {

  static final String DECISION_KEY = "classification-hints";

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;
  private final String version;

  private RuleTable(DmnDecision decision, String version) {
    this.decision = decision;
    this.version = version;
  }

  /** Parses the model; {@code version} names it in every hint (e.g. "v3 (2026.1)"). */
  static RuleTable parse(InputStream model, String version) {
    return new RuleTable(ENGINE.parseDecision(DECISION_KEY, model), version);
  }

  String version() {
    return version;
  }

  /** The rules that match the category and the text (title and content). */
  List<RuleHit> match(String category, String text) {
    return ENGINE.evaluateDecisionTable(decision, Map.of("category", normalise(category), "text", normalise(text)))
        .getResultList().stream()
        .map(row -> new RuleHit((String) row.get("keyword"),
            Classification.valueOf((String) row.get("classification")),
            DispatchAction.valueOf((String) row.get("action")), (String) row.get("article"),
            (String) row.get("reason"), ((Number) row.get("weight")).intValue()))
        .toList();
  }

  /** Full-width to half-width, no white space: "１１０ 报警" reads as "110报警". */
  static String normalise(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }
}
