package org.xinfangflow.compliance;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run over every open matter (cron {@code xinfang.compliance.sweep-cron}, Beijing time):
 * rules that depend on other matters or on a changed rule table are caught even when the matter itself
 * did not change. Each matter is checked in its own transaction.
 */
@Component
class ComplianceSweep {

  private static final Logger LOG = LoggerFactory.getLogger(ComplianceSweep.class);
  private static final int PAGE = 500;

  private final ComplianceService compliance;

  ComplianceSweep(ComplianceService compliance) {
    this.compliance = compliance;
  }

  @Scheduled(cron = "${xinfang.compliance.sweep-cron}", zone = "Asia/Shanghai")
  void daily() {
    LOG.info("合规巡检：检查了 {} 件办理中的事项", sweep());
  }

  /** Checks every open matter; answers how many. */
  int sweep() {
    int checked = 0;
    for (int page = 0; ; page++) {
      List<String> numbers = compliance.openMatters(page, PAGE);
      numbers.forEach(compliance::evaluate);
      checked += numbers.size();
      if (numbers.size() < PAGE) {
        return checked;
      }
    }
  }
}
