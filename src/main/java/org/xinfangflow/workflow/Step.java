package org.xinfangflow.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** 办理环节 — a step someone can act on, with the user tasks of the model that carry it. */
public enum Step {
  DISPOSE("dispose"),
  ACCEPTANCE("decide_acceptance"),
  REPLY_DRAFT("draft_reply"),
  REPLY_REVIEW("review_reply"),
  REPLY_SIGN("sign_reply"),
  REPLY_PRECHECK("precheck_reply"),
  REPLY_DELIVERY("deliver_reply"),
  EVALUATION("evaluate", "evaluate_suggestion"),
  REVIEW_REQUEST("request_review"),
  REVIEW_OPINION("review_opinion"),
  RE_REVIEW_REQUEST("request_re_review"),
  RE_REVIEW_OPINION("re_review_opinion");

  private final List<String> taskKeys;

  Step(String... taskKeys) {
    this.taskKeys = List.of(taskKeys);
  }

  public List<String> taskKeys() {
    return taskKeys;
  }

  public static Optional<Step> ofTaskKey(String taskKey) {
    return Arrays.stream(values()).filter(step -> step.taskKeys.contains(taskKey)).findFirst();
  }

  /** Steps of the reply within handling (办理): an extension may be approved during any of them. */
  public boolean isHandling() {
    return this == REPLY_DRAFT || this == REPLY_REVIEW || this == REPLY_SIGN || this == REPLY_PRECHECK
        || this == REPLY_DELIVERY;
  }
}
