package org.xinfangflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.IntegrationTest;

/** Regression: a Tasklist filter stored under a garbled name (properties read as ISO-8859-1) is removed. */
@IntegrationTest
class TaskFilterRepairIntegrationTests {

  @Autowired
  FilterService filters;
  @Autowired
  TaskFilterRepair repair;

  @Test
  void theGarbledFilterGoesAndTheRightOneStays() {
    filters.saveFilter(filters.newTaskFilter(TaskFilterRepair.GARBLED));
    assertThat(repair.repair()).isEqualTo(1);
    assertThat(filters.createFilterQuery().filterName(TaskFilterRepair.GARBLED).count()).isZero();
    assertThat(filters.createFilterQuery().filterName(TaskFilterRepair.NAME).count()).isEqualTo(1);
  }
}
