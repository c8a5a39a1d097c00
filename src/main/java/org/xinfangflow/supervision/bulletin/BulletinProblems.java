package org.xinfangflow.supervision.bulletin;

import org.springframework.http.HttpStatus;
import org.xinfangflow.shared.ApiProblem;

/** The refusals of the bulletin endpoints that the shared problem types do not name. */
final class BulletinProblems {

  private BulletinProblems() {
  }

  /** 409: the jurisdiction already has its bulletin for the month. */
  static ApiProblem alreadyGenerated(String jurisdiction, String month, String number) {
    return new ApiProblem(HttpStatus.CONFLICT, "bulletin-exists", "该月通报已生成", "Bulletin already generated",
        "辖区 %s %s 的月通报已生成（%s），每个辖区每月只生成一期".formatted(jurisdiction, month, number)) {
    }.with("number", number);
  }

  /** 409: the problem is not in the state the move needs. */
  static ApiProblem wrongState(Problem problem, String needed) {
    return new ApiProblem(HttpStatus.CONFLICT, "problem-state", "问题当前状态不可办理", "Problem not in that state",
        "问题 %d 当前为「%s」，%s".formatted(problem.getId(), problem.getStatus().label(), needed)) {
    }.with("status", problem.getStatus().name());
  }
}
