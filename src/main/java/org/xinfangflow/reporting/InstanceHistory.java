package org.xinfangflow.reporting;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the engine's history says of one process instance, as plain values: the input of the fact
 * functions, loaded the same way for the live projection and for the rebuild.
 *
 * @param variables the latest value of each process variable
 * @param taskDueDates the due date of each user task when it was created, by task id
 */
record InstanceHistory(String processInstanceId, String processDefinitionKey, String businessKey, Instant startedAt,
    Instant endedAt, List<Activity> activities, Map<String, Object> variables, Map<String, Instant> taskDueDates) {

  InstanceHistory {
    activities = activities.stream()
        .sorted(Comparator.comparing(Activity::startedAt).thenComparing(Activity::activityInstanceId)).toList();
    variables = Map.copyOf(variables);
    taskDueDates = Map.copyOf(taskDueDates);
  }

  /** One activity instance: started, maybe ended (canceled when a boundary timer or the end cut it short). */
  record Activity(String activityInstanceId, String activityId, String activityType, Instant startedAt,
      Instant endedAt, boolean canceled, String taskId) {
  }
}
