package org.xinfangflow.workflow;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Stand-ins for the model's {@code clocks} and {@code lifecycle} beans: they record what the model asks. */
public final class ModelFakes {

  private ModelFakes() {
  }

  /** Starts every clock 15 days long (warning at 12) and records warnings, overdue marks and expiries. */
  public static final class Clocks {
    final List<String> marks = new ArrayList<>();

    public void start(DelegateExecution execution, String step, String startVariable) {
      long now = ClockUtil.getCurrentTime().getTime();
      execution.getProcessInstance().setVariable(step + "_due", new Date(now + 15L * 86_400_000));
      execution.getProcessInstance().setVariable(step + "_warn", new Date(now + 12L * 86_400_000));
      marks.add("start " + step + " from " + startVariable);
    }

    public void warn(DelegateExecution execution, String step) {
      marks.add("warn " + step);
    }

    public void overdue(DelegateExecution execution, String step) {
      marks.add("overdue " + step);
    }

    public void expire(DelegateExecution execution, String step) {
      marks.add("expire " + step);
    }
  }

  /** Records the statuses the model sets, in order. */
  public static final class Lifecycle {
    final List<String> statuses = new ArrayList<>();

    public void status(DelegateExecution execution, String status) {
      if (statuses.isEmpty() || !statuses.get(statuses.size() - 1).equals(status)) {
        statuses.add(status);
      }
    }
  }
}
