package org.xinfangflow.supervision.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.calendar.Beijing;
import org.xinfangflow.documents.ReportPdf;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.MatterScope;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.shared.ApiProblem;

/**
 * 三项建议 — issues recommendation letters (improve work, improve policy, hold accountable) to a unit
 * from matters in the supervisor's scope, and records the unit's response. Each matter named gets a
 * timeline entry (and so an audit entry) in the same transaction.
 */
@Service
class RecommendationService {

  private final RecommendationRepository recommendations;
  private final PetitionService petitions;
  private final MatterAccess access;
  private final DataScope scope;
  private final UserDirectory directory;
  private final ReportPdf letters;
  private final Clock clock;

  RecommendationService(RecommendationRepository recommendations, PetitionService petitions, MatterAccess access,
      DataScope scope, UserDirectory directory, ReportPdf letters, Clock clock) {
    this.recommendations = recommendations;
    this.petitions = petitions;
    this.access = access;
    this.scope = scope;
    this.directory = directory;
    this.letters = letters;
    this.clock = clock;
  }

  @Transactional
  RecommendationView issue(RecommendationRequests.Issue request, CurrentUser supervisor) {
    LocalDate today = Beijing.today(clock);
    if (!directory.unitExists(request.unit())) {
      throw ApiProblem.badInput("unit", "单位 " + request.unit() + " 不存在");
    }
    if (request.responseDeadline().isBefore(today)) {
      throw ApiProblem.badInput("responseDeadline", "反馈期限不能早于今天（" + today + "）");
    }
    Set<String> matters = new LinkedHashSet<>();
    request.matters().forEach(number -> matters.add(number.strip()));
    matters.forEach(number -> access.visible(supervisor, number));
    Recommendation letter = recommendations.save(new Recommendation(request.kind(), request.unit(),
        supervisor.unitCode(), request.content().strip(), request.responseDeadline(), matters,
        supervisor.username(), clock.instant()));
    String unitName = unitName(letter.getUnitCode());
    for (String number : matters) {
      petitions.record(number, supervisor.username(), "三项建议",
          "发出《%s》%s，致%s，请于%s前反馈".formatted(letter.getKind().title(), letter.letterNumber(), unitName,
              letter.getResponseDeadline()));
    }
    return letter.view(today, unitName);
  }

  @Transactional
  RecommendationView respond(long id, String response, CurrentUser user) {
    Recommendation letter = visible(id, user);
    if (!scope.isStaffOf(user, letter.getUnitCode())) {
      throw ApiProblem.forbidden("只有被建议单位（" + letter.getUnitCode() + "）的负责人或经办人可以反馈");
    }
    if (letter.isAnswered()) {
      throw ApiProblem.concurrentChange("建议 " + letter.letterNumber() + " 已反馈");
    }
    letter.respond(response.strip(), user.username(), clock.instant());
    for (String number : letter.getMatters()) {
      petitions.record(number, user.username(), "三项建议反馈",
          "%s 对《%s》%s 作出反馈".formatted(unitName(letter.getUnitCode()), letter.getKind().title(),
              letter.letterNumber()));
    }
    return letter.view(Beijing.today(clock), unitName(letter.getUnitCode()));
  }

  @Transactional(readOnly = true)
  RecommendationView get(long id, CurrentUser user) {
    Recommendation letter = visible(id, user);
    return letter.view(Beijing.today(clock), unitName(letter.getUnitCode()));
  }

  @Transactional(readOnly = true)
  List<RecommendationView> search(String unit, RecommendationStatus status, boolean overdue, CurrentUser user) {
    MatterScope matterScope = scope.of(user);
    LocalDate today = Beijing.today(clock);
    return recommendations.search(unit, status, overdue, today, !matterScope.unlimited(),
            orNone(matterScope.handlingUnits()), orNone(matterScope.registeringUnits())).stream()
        .map(letter -> letter.view(today, unitName(letter.getUnitCode()))).toList();
  }

  /** The letter as PDF, rendered from what was stored when it was issued (the same bytes every time). */
  @Transactional(readOnly = true)
  Letter letter(long id, CurrentUser user) {
    Recommendation letter = visible(id, user);
    String unitName = unitName(letter.getUnitCode());
    String issuer = letter.getIssuingUnit() == null ? "督查督办部门" : unitName(letter.getIssuingUnit());
    List<ReportPdf.Block> blocks = List.of(new ReportPdf.Paragraph(unitName + "："),
        new ReportPdf.Paragraph("经督查，以下信访事项反映出需要重视的问题：" + String.join("、", letter.getMatters()) + "。"),
        new ReportPdf.Paragraph(letter.getContent()),
        new ReportPdf.Paragraph("请于" + chinese(letter.getResponseDeadline()) + "前将采纳和落实情况书面反馈。"),
        new ReportPdf.Signature(List.of(issuer, chinese(letter.getIssuedAt().atZone(Beijing.ZONE).toLocalDate()))));
    byte[] pdf = letters.render(letter.getKind().title(), letter.letterNumber(), letter.getIssuedAt(), blocks);
    return new Letter(letter.letterNumber(), pdf);
  }

  record Letter(String number, byte[] pdf) {
  }

  private Recommendation visible(long id, CurrentUser user) {
    MatterScope matterScope = scope.of(user);
    return recommendations.findById(id)
        .filter(letter -> matterScope.covers(letter.getUnitCode(), letter.getIssuingUnit()))
        .orElseThrow(() -> ApiProblem.notFound("建议", String.valueOf(id)));
  }

  private String unitName(String code) {
    return directory.unitName(code).orElse(code);
  }

  private static String chinese(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  private static Set<String> orNone(Set<String> units) {
    return units.isEmpty() ? Set.of("-") : units;
  }
}
