package org.xinfangflow.compliance.hints;

import java.util.List;
import org.springframework.stereotype.Service;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.petition.MatterText;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.petition.PetitionerMatter;

/** 依法分类智能提示 (Art. 29-31, 22, 19, 36): the rule table on the words, then the petitioner's history. */
@Service
public class HintService {

  private final DeployedRuleTable rules;
  private final PetitionService petitions;
  private final DataScope scope;

  HintService(DeployedRuleTable rules, PetitionService petitions, DataScope scope) {
    this.rules = rules;
    this.petitions = petitions;
    this.scope = scope;
  }

  /** For a registration form: the words, and the earlier matters of the person with {@code idNumber}, if given. */
  ClassificationHint forDraft(HintRequest request, CurrentUser viewer) {
    List<PetitionerMatter> history = request.idNumber() == null || request.idNumber().isBlank() ? List.of()
        : petitions.mattersOfPetitioner(request.idNumber(), request.content());
    return hint(request.category(), request.title(), request.content(), visibleTo(history, viewer));
  }

  /** For a registered matter: its words and its petitioners' other matters. */
  public ClassificationHint forMatter(String number, CurrentUser viewer) {
    MatterText text = petitions.text(number);
    return hint(text.category(), text.title(), text.content(),
        visibleTo(petitions.otherMattersOfPetitioners(number), viewer));
  }

  private ClassificationHint hint(String category, String title, String content, List<PetitionerMatter> history) {
    RuleTable table = rules.current();
    Suggestion words = HintScorer.score(table.match(category, title + "\n" + content));
    Suggestion s = PetitionerHistory.apply(words, history);
    return new ClassificationHint(s.classification(), s.action(), s.article(), s.reason(), s.strength(),
        s.matchedKeywords(), PetitionerHistory.entries(history), table.version());
  }

  /** Art. 30: a matter that accuses the viewer (or their unit) is not even listed to them. */
  private List<PetitionerMatter> visibleTo(List<PetitionerMatter> history, CurrentUser viewer) {
    return history.stream()
        .filter(m -> viewer == null || !m.matter().accusedPersons().contains(viewer.username())
            && !scope.isAccused(viewer, m.matter().accusedUnit()))
        .toList();
  }
}
