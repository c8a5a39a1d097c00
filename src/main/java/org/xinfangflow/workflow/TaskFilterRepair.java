package org.xinfangflow.workflow;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FilterService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filter 全部任务 was once created from a properties file read as ISO-8859-1, so databases
 * from then hold it under a garbled name beside the correct one. At start-up the garbled copies are
 * removed (the correct filter is created by the engine from {@code camunda.bpm.filter.create}).
 */
@Component
class TaskFilterRepair {

  static final String NAME = "全部任务";
  static final String GARBLED = new String(NAME.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

  private final FilterService filters;

  TaskFilterRepair(FilterService filters) {
    this.filters = filters;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    repair();
  }

  /** Removes the filters with the garbled name; answers how many. */
  int repair() {
    var garbled = filters.createFilterQuery().filterName(GARBLED).list();
    garbled.forEach(filter -> filters.deleteFilter(filter.getId()));
    return garbled.size();
  }
}
