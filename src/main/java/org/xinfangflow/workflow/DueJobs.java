package org.xinfangflow.workflow;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs every job that is due by the engine clock, now, in the caller's thread: after the
 * simulation clock moves, and in tests (which run without the job executor).
 */
@Component
public class DueJobs {

  private static final Logger log = LoggerFactory.getLogger(DueJobs.class);
  private static final int MAX_ROUNDS = 50;

  private final ManagementService management;

  DueJobs(ManagementService management) {
    this.management = management;
  }

  /** Executes due jobs until none is left (jobs may create further due jobs); returns how many ran. */
  public int runAll() {
    int executed = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 500);
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
          executed++;
        } catch (RuntimeException e) {
          log.warn("Job {} ({}) failed: {}", job.getId(), job.getProcessInstanceId(), e.getMessage());
        }
      }
    }
    return executed;
  }
}
