package org.xinfangflow.reporting;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 统计与导出设置 ({@code xinfang.reports.*}, docs/reporting.md, Exports): {@code pageSize} — fact rows read per
 * query by the reports and the exports (the memory bound); {@code exportsDir} — where export jobs keep their
 * files; {@code exportThreads} — export jobs run at once on this node, {@code exportQueue} — jobs waiting for
 * a thread here (more wait in the database for the sweep); {@code exportRetention} — how long a finished job
 * and its file are kept; {@code exportStaleAfter} — a running job whose progress has not moved for this long
 * is failed (its node is gone); {@code exportMaxPending} — unfinished jobs one user may have;
 * {@code exportNode} — this node's name in the jobs it runs (the host name by default).
 */
@ConfigurationProperties("xinfang.reports")
record ReportsProperties(Integer pageSize, String exportsDir, Integer exportThreads, Integer exportQueue,
    Duration exportRetention, Duration exportStaleAfter, Integer exportMaxPending, String exportNode) {

  ReportsProperties {
    pageSize = pageSize == null ? 1000 : pageSize;
    exportsDir = exportsDir == null || exportsDir.isBlank() ? "./data/exports" : exportsDir;
    exportThreads = exportThreads == null ? 1 : exportThreads;
    exportQueue = exportQueue == null ? 20 : exportQueue;
    exportRetention = exportRetention == null ? Duration.ofDays(7) : exportRetention;
    exportStaleAfter = exportStaleAfter == null ? Duration.ofMinutes(10) : exportStaleAfter;
    exportMaxPending = exportMaxPending == null ? 3 : exportMaxPending;
    exportNode = exportNode == null || exportNode.isBlank() ? hostName() : exportNode;
    if (pageSize < 1 || exportThreads < 1 || exportQueue < 0 || exportMaxPending < 1) {
      throw new IllegalArgumentException("xinfang.reports: page-size, export-threads and export-max-pending must be"
          + " at least 1, export-queue at least 0");
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
