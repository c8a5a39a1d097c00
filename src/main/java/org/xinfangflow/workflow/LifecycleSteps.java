package org.xinfangflow.workflow;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.shared.ApiProblem;

/**
 * The workflow module's API for the step modules: is a step open on a matter, and complete it with
 * the variables the model's gateways and clocks read. Answers 409 with the open steps otherwise.
 */
@Service
@Transactional
public class LifecycleSteps {

  private final TaskService tasks;

  LifecycleSteps(TaskService tasks) {
    this.tasks = tasks;
  }

  /** Throws 409 unless the step is open on the matter. */
  public void requireOpen(String number, Step step) {
    find(number, step);
  }

  @Transactional(readOnly = true)
  public boolean isOpen(String number, Step step) {
    return !openTasks(number, step).isEmpty();
  }

  /** The steps open on the matter now. */
  @Transactional(readOnly = true)
  public List<Step> openSteps(String number) {
    return tasks.createTaskQuery().processInstanceBusinessKey(number).list().stream()
        .map(task -> Step.ofTaskKey(task.getTaskDefinitionKey()))
        .flatMap(java.util.Optional::stream).distinct().toList();
  }

  /** Completes the open step; the variables drive the model's next move. */
  public void complete(String number, Step step, Map<String, Object> variables) {
    String taskId = find(number, step).getId();
    try {
      tasks.complete(taskId, variables);
    } catch (NullValueException gone) {
      // another request completed the step between finding its task and completing it
      throw ApiProblem.concurrentChange("事项刚被他人更新，请刷新后重试");
    }
  }

  private Task find(String number, Step step) {
    List<Task> open = openTasks(number, step);
    if (open.isEmpty()) {
      throw ApiProblem.stepNotOpen(step.name(), openSteps(number));
    }
    return open.get(0);
  }

  private List<Task> openTasks(String number, Step step) {
    return tasks.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKeyIn(step.taskKeys().toArray(String[]::new)).list();
  }
}
