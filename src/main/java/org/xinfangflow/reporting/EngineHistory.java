package org.xinfangflow.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads what the engine's history tables hold of process instances, through {@link HistoryService}
 * queries, into {@link InstanceHistory} values. Runs without the engine's authorization checks: the
 * projection covers every matter, whoever's action moved it.
 */
@Component
class EngineHistory {

  private final ObjectProvider<ProcessEngine> engine;
  private final Clock clock;

  EngineHistory(ObjectProvider<ProcessEngine> engine, Clock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  /**
   * The history of these instances. Those the engine does not know are left out, and so are those whose
   * removal time has passed: the history cleanup deletes an instance's rows table by table, a batch at a time,
   * so until it is done what is left of them would give wrong facts.
   */
  List<InstanceHistory> load(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    return unchecked(() -> {
      HistoryService history = engine.getObject().getHistoryService();
      Date now = Date.from(clock.instant());
      List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
          .processInstanceIds(new java.util.HashSet<>(processInstanceIds)).list().stream()
          .filter(instance -> instance.getRemovalTime() == null || !instance.getRemovalTime().before(now)).toList();
      Map<String, Map<String, Object>> variables = new HashMap<>();
      history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(processInstanceIds.toArray(String[]::new)).disableCustomObjectDeserialization()
          .list().forEach(variable -> collect(variables, variable));
      List<InstanceHistory> result = new ArrayList<>();
      for (HistoricProcessInstance instance : instances) {
        result.add(history(history, instance, variables.getOrDefault(instance.getId(), Map.of())));
      }
      return result;
    });
  }

  /** One page of the ids of every instance of the given processes, by id. */
  List<String> instanceIds(List<String> processKeys, int first, int max) {
    return unchecked(() -> engine.getObject().getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(processKeys.toArray(String[]::new)).orderByProcessInstanceId().asc()
        .listPage(first, max).stream().map(HistoricProcessInstance::getId).toList());
  }

  private InstanceHistory history(HistoryService history, HistoricProcessInstance instance,
      Map<String, Object> variables) {
    List<InstanceHistory.Activity> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).list().stream()
        .map(a -> new InstanceHistory.Activity(a.getId(), a.getActivityId(), a.getActivityType(),
            instant(a.getStartTime()), instant(a.getEndTime()), a.isCanceled(), a.getTaskId()))
        .toList();
    Map<String, Instant> dueDates = new HashMap<>();
    boolean hasTasks = activities.stream().anyMatch(a -> a.taskId() != null);
    if (hasTasks) {
      for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
          .list()) {
        if (task.getDueDate() != null) {
          dueDates.put(task.getId(), task.getDueDate().toInstant());
        }
      }
    }
    return new InstanceHistory(instance.getId(), instance.getProcessDefinitionKey(), instance.getBusinessKey(),
        instant(instance.getStartTime()), instant(instance.getEndTime()), activities, variables, dueDates);
  }

  /**
   * Process variables by name. The model keeps every variable at the process instance (task variables
   * propagate up); a task-local variable is left out, and a variable of the instance's own execution wins
   * over one of the same name further down.
   */
  private static void collect(Map<String, Map<String, Object>> variables, HistoricVariableInstance variable) {
    if (variable.getTaskId() != null || variable.getValue() == null) {
      return;
    }
    Map<String, Object> values = variables.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>());
    boolean instanceLevel = variable.getProcessInstanceId().equals(variable.getExecutionId());
    if (instanceLevel || !values.containsKey(variable.getName())) {
      values.put(variable.getName(), variable.getValue());
    }
  }

  private <T> T unchecked(Supplier<T> work) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(() -> work.get()));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
