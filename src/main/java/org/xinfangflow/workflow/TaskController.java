package org.xinfangflow.workflow;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.calendar.Beijing;
import java.util.Set;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.MatterScope;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.MatterUnits;
import org.xinfangflow.petition.PetitionService;

/** 待办 — {@code GET /api/tasks}: the caller's open work, earliest due first. */
@RestController
class TaskController {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final UserDirectory directory;
  private final DataScope scope;
  private final PetitionService petitions;

  TaskController(TaskService tasks, RuntimeService runtime, UserDirectory directory, DataScope scope,
      PetitionService petitions) {
    this.petitions = petitions;
    this.tasks = tasks;
    this.runtime = runtime;
    this.directory = directory;
    this.scope = scope;
  }

  @GetMapping("/api/tasks")
  List<OpenTask> myTasks() {
    CurrentUser user = directory.current();
    List<String> groups = candidateGroups(user);
    if (groups.isEmpty()) {
      return List.of();
    }
    List<Task> open = tasks.createTaskQuery().taskCandidateGroupIn(groups).orderByDueDate().asc()
        .orderByTaskCreateTime().asc().listPage(0, 500);
    if (open.isEmpty()) {
      return List.of();
    }
    Map<String, String> numbers = runtime.createProcessInstanceQuery()
        .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list().stream()
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    // a bureau role's candidate group ("clerk", "reviewer") spans bureaus: keep the caller's jurisdiction
    MatterScope inScope = scope.of(user);
    Map<String, MatterUnits> units = petitions.unitsOf(numbers.values());
    return open.stream()
        .filter(task -> {
          MatterUnits matter = units.get(numbers.get(task.getProcessInstanceId()));
          return matter != null && inScope.covers(matter.handlingUnit(), matter.registeredUnit())
              && !matter.accusedPersons().contains(user.username());
        })
        .map(task -> view(task, numbers.get(task.getProcessInstanceId()))).toList();
  }

  /** The candidate groups of the model: {@code clerk}, {@code reviewer}, a unit code, {@code UNIT-head}. */
  private List<String> candidateGroups(CurrentUser user) {
    List<String> groups = new ArrayList<>();
    if (user.has(Role.CLERK)) {
      groups.add("clerk");
    }
    if (user.has(Role.REVIEWER)) {
      groups.add("reviewer");
    }
    Set<String> units = scope.unitsOf(user).orElse(user.unitCode() == null ? Set.of() : Set.of(user.unitCode()));
    if (user.has(Role.HANDLER)) {
      groups.addAll(units);
    }
    if (user.has(Role.HEAD)) {
      units.forEach(unit -> groups.add(unit + "-head"));
    }
    return groups;
  }

  private static OpenTask view(Task task, String number) {
    String step = Step.ofTaskKey(task.getTaskDefinitionKey()).map(Enum::name).orElse(task.getTaskDefinitionKey());
    return new OpenTask(task.getId(), task.getProcessInstanceId(), number, step, task.getName(),
        OffsetDateTime.ofInstant(task.getCreateTime().toInstant(), Beijing.ZONE),
        task.getDueDate() == null ? null
            : task.getDueDate().toInstant().atZone(Beijing.ZONE).toLocalDate().minusDays(1));
  }

  /** One open task: {@code due} is the last day of its clock. */
  record OpenTask(String taskId, String processInstanceId, String number, String step, String name,
      OffsetDateTime created, java.time.LocalDate due) {
  }
}
