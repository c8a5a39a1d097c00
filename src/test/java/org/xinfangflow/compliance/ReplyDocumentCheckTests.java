package org.xinfangflow.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 法律文书规范校验: each required element of a reply, missing, is named; a complete reply passes. */
class ReplyDocumentCheckTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
  private static final String FACTS = "经现场测温，室温低于16度的情况属实";
  private static final String BASIS = "《城镇供热管理条例》第十二条";
  private static final String OPINION = "对信访人的请求予以支持，责令供热单位七日内整改。信访人如不服本处理意见，"
      + "可自收到本意见书之日起30日内向市人民政府申请复查。";

  private final ReplyDocumentCheck check = new ReplyDocumentCheck();

  @Test
  void aCompleteReplyPasses() {
    assertThat(check.check(reply("SUPPORT", FACTS, BASIS, OPINION))).isEmpty();
    assertThat(check.check(reply("NOT_SUPPORT", FACTS, BASIS, OPINION.replace("予以支持", "不予支持")))).isEmpty();
    assertThat(check.check(reply("EXPLAIN", FACTS, "依照市政府供热管理办法", OPINION.replace("予以支持", "作出解释说明"))))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no outcome in words|SUPPORT|" + FACTS + "|" + BASIS + "|责令整改。如不服可自收到之日起30日内向市人民政府申请复查。|opinion|处理结论",
      "outcome contradicted|SUPPORT|" + FACTS + "|" + BASIS + "|不予支持。如不服可自收到之日起30日内向市人民政府申请复查。|opinion|处理结论",
      "no facts|SUPPORT|属实|" + BASIS + "|" + OPINION + "|facts|事实",
      "no basis|SUPPORT|" + FACTS + "|领导同意|" + OPINION + "|basis|依据",
      "no review right|SUPPORT|" + FACTS + "|" + BASIS + "|对请求予以支持。|opinion|30日内",
      "no organ|SUPPORT|" + FACTS + "|" + BASIS + "|予以支持。如不服可在30日内申请复查。|opinion|机关",
      "future date|SUPPORT|2026年6月1日现场测温，室温不达标|" + BASIS + "|" + OPINION + "|facts|晚于今天",
      "impossible date|SUPPORT|2026年2月30日现场测温，室温不达标|" + BASIS + "|" + OPINION + "|facts|不存在",
      "other matter|SUPPORT|" + FACTS + "|" + BASIS + "|经查XF-2026-000999，" + OPINION + "|opinion|不一致"})
  void eachMissingElementIsNamed(String name, String outcome, String facts, String basis, String opinion, String field,
      String says) {
    var problems = check.check(reply(outcome, facts, basis, opinion));
    assertThat(problems).as(name).anySatisfy(problem -> {
      assertThat(problem.field()).isEqualTo(field);
      assertThat(problem.message()).contains(says);
    });
  }

  @Test
  void anOpinionStatesItsConclusionInWordsAndCitesNoFutureDateNorAnotherMatter() {
    assertThat(check.checkOpinion("XF-2026-000123", "UPHOLD", "原处理意见认定事实清楚，予以维持", TODAY)).isEmpty();
    assertThat(check.checkOpinion("XF-2026-000123", "REVOKE", "原处理意见认定事实清楚，予以维持", TODAY))
        .anySatisfy(problem -> assertThat(problem.message()).contains("撤销"));
    assertThat(check.checkOpinion("XF-2026-000123", "CHANGE", "变更为：于2026年7月1日前完成整改", TODAY))
        .anySatisfy(problem -> assertThat(problem.message()).contains("晚于今天"));
    assertThat(check.checkOpinion("XF-2026-000123", "UPHOLD", "维持XF-2026-000999的处理意见", TODAY))
        .anySatisfy(problem -> assertThat(problem.message()).contains("不一致"));
  }

  private static ReplyDocument reply(String outcome, String facts, String basis, String opinion) {
    return new ReplyDocument("XF-2026-000123", outcome, facts, basis, opinion, TODAY);
  }
}
