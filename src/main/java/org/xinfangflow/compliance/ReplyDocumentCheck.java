package org.xinfangflow.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * 法律文书规范校验 — what a reply must say before it may be signed (Art. 32, 34, 35): the outcome in
 * words, the facts found, the basis in law or policy, the petitioner's right to request 复查 within
 * 30 days and the organ to ask, and no date after today nor another matter's number. Each problem
 * names the field; the head cannot sign until the list is empty.
 */
@Service
public class ReplyDocumentCheck {

  private static final Map<String, Pattern> OUTCOME_WORDS = Map.of(
      "SUPPORT", Pattern.compile("(?<!不予)支持"),
      "EXPLAIN", Pattern.compile("解释|说明"),
      "NOT_SUPPORT", Pattern.compile("不予支持"));
  private static final Map<String, String> OUTCOME_LABELS = Map.of(
      "SUPPORT", "支持", "EXPLAIN", "解释说明", "NOT_SUPPORT", "不予支持");
  private static final Pattern BASIS = Pattern.compile("《[^》]+》|第[一二三四五六七八九十百零〇0-9]+条|规定|办法|政策|通知|意见");
  private static final Pattern REVIEW_RIGHT_PERIOD = Pattern.compile("(30|三十)日内");
  private static final Pattern REVIEW_RIGHT_ORGAN = Pattern.compile("向[^，。；,;]{2,40}?(申请|提出|请求)复查");
  private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})");
  private static final Pattern MATTER_NUMBER = Pattern.compile("[A-Z]{2,}-\\d{4}-\\d{6}");
  private static final int MIN_FACTS = 8;

  /** One missing or inconsistent element: the field and what is wrong, in Chinese. */
  public record Problem(String field, String message) {
  }

  public List<Problem> check(ReplyDocument reply) {
    List<Problem> problems = new ArrayList<>();
    String opinion = nullToEmpty(reply.opinion());
    Pattern outcomeWords = OUTCOME_WORDS.get(reply.outcome());
    if (outcomeWords == null) {
      problems.add(new Problem("outcome", "未载明处理结论（支持、解释说明或不予支持，第三十二条）"));
    } else if (!outcomeWords.matcher(opinion).find()) {
      problems.add(new Problem("opinion", "处理意见未写明处理结论「" + OUTCOME_LABELS.get(reply.outcome()) + "」（第三十二条）"));
    }
    if (nullToEmpty(reply.facts()).strip().codePointCount(0, nullToEmpty(reply.facts()).strip().length()) < MIN_FACTS) {
      problems.add(new Problem("facts", "未写明查明的事实（至少" + MIN_FACTS + "字）"));
    }
    if (!BASIS.matcher(nullToEmpty(reply.basis())).find()) {
      problems.add(new Problem("basis", "未援引法律、法规或政策依据（如《…》第…条）"));
    }
    if (!opinion.contains("复查") || !REVIEW_RIGHT_PERIOD.matcher(opinion).find()) {
      problems.add(new Problem("opinion", "未告知信访人可自收到意见书之日起30日内请求复查（第三十五条）"));
    } else if (!REVIEW_RIGHT_ORGAN.matcher(opinion).find()) {
      problems.add(new Problem("opinion", "未写明受理复查请求的机关（向…申请复查，第三十五条）"));
    }
    for (String field : List.of("facts", "basis", "opinion")) {
      String text = nullToEmpty(switch (field) {
        case "facts" -> reply.facts();
        case "basis" -> reply.basis();
        default -> reply.opinion();
      });
      checkDates(field, text, reply.today(), problems);
      checkNumbers(field, text, reply.matterNumber(), problems);
    }
    return problems;
  }

  private static final Map<String, Pattern> OPINION_OUTCOME_WORDS = Map.of(
      "UPHOLD", Pattern.compile("维持"), "CHANGE", Pattern.compile("变更"), "REVOKE", Pattern.compile("撤销"));
  private static final Map<String, String> OPINION_OUTCOME_LABELS = Map.of(
      "UPHOLD", "维持", "CHANGE", "变更", "REVOKE", "撤销");

  /**
   * A 复查/复核意见书 before it is issued: the opinion states its conclusion in words (维持, 变更,
   * 撤销), cites no date after today and no other matter. The right to request 复核 within 30 days and
   * the organ to ask (复查), and finality (复核), are printed by the document's template, so they
   * cannot be missing.
   */
  public List<Problem> checkOpinion(String matterNumber, String outcome, String opinion, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    String text = nullToEmpty(opinion);
    Pattern words = OPINION_OUTCOME_WORDS.get(outcome);
    if (words == null || !words.matcher(text).find()) {
      problems.add(new Problem("opinion", "意见未写明结论「" + OPINION_OUTCOME_LABELS.getOrDefault(outcome, "维持、变更或撤销")
          + "」（第三十五条、第三十六条）"));
    }
    checkDates("opinion", text, today, problems);
    checkNumbers("opinion", text, matterNumber, problems);
    return problems;
  }

  private static void checkNumbers(String field, String text, String matterNumber, List<Problem> problems) {
    Matcher numbers = MATTER_NUMBER.matcher(text);
    while (numbers.find()) {
      if (!numbers.group().equals(matterNumber)) {
        problems.add(new Problem(field, "引用的事项编号 " + numbers.group() + " 与本事项 " + matterNumber + " 不一致"));
      }
    }
  }

  private static void checkDates(String field, String text, LocalDate today, List<Problem> problems) {
    Matcher dates = DATE.matcher(text);
    while (dates.find()) {
      try {
        LocalDate date = LocalDate.of(Integer.parseInt(dates.group(1)), Integer.parseInt(dates.group(2)),
            Integer.parseInt(dates.group(3)));
        if (date.isAfter(today)) {
          problems.add(new Problem(field, "日期 " + dates.group() + " 晚于今天（" + today + "）"));
        }
      } catch (java.time.DateTimeException | NumberFormatException e) {
        problems.add(new Problem(field, "日期 " + dates.group() + " 不存在"));
      }
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
