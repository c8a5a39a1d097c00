package org.xinfangflow.reporting;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;
import org.xinfangflow.identity.UserDirectory;

/**
 * Writes an export (XLSX, or a CSV part) to a stream in one pass over the matters: the figures come from
 * {@link ReportService} as for {@code /api/reports}, and its listener hands each matter counted to the list
 * as it goes, a page at a time, so memory stays bounded by the page size whatever the number of matters.
 * Each export's duration goes to the timer {@code xinfang.reports.export} (tags {@code format}, {@code mode}).
 */
@Component
class ReportExporter {

  /** Data rows per matters sheet (an XLSX sheet holds at most 1,048,576 rows). */
  static final int ROWS_PER_SHEET = 1_000_000;

  private final ReportService reports;
  private final FactQueries facts;
  private final UserDirectory directory;
  private final MeterRegistry meters;

  ReportExporter(ReportService reports, FactQueries facts, UserDirectory directory, MeterRegistry meters) {
    this.reports = reports;
    this.facts = facts;
    this.directory = directory;
    this.meters = meters;
  }

  /**
   * Writes the export; {@code rowsRead} hears, after every page, how many fact rows have been read so far.
   * {@code mode} is {@code sync} (a download) or {@code async} (a job).
   */
  void write(ExportSpec spec, OutputStream out, String mode, LongConsumer rowsRead) {
    write(spec, out, mode, rowsRead, ROWS_PER_SHEET);
  }

  void write(ExportSpec spec, OutputStream out, String mode, LongConsumer rowsRead, int rowsPerSheet) {
    Timer.Sample sample = Timer.start(meters);
    LocalDate asOf = reports.today();
    UnitChains units = new UnitChains(directory);
    Progress progress = new Progress(rowsRead);
    ReportPeriod period = spec.period();
    if (spec.format() == ExportSpec.Format.XLSX) {
      ReportWorkbook workbook = new ReportWorkbook(out, units, rowsPerSheet);
      ReportView view = reports.report(period.from(), period.to(), spec.jurisdiction(), asOf, new ReportListener() {
        @Override
        public void matter(MatterFact matter, Counting counting) {
          workbook.matter(new ListColumns.MatterLine(matter, counting));
        }

        @Override
        public void sponsorship(SponsorshipFact sponsorship, Counting counting) {
          workbook.sponsorship(new ListColumns.SponsorshipLine(sponsorship, counting));
        }

        @Override
        public void pageRead(int rows) {
          workbook.pageRead();
          progress.pageRead(rows);
        }
      });
      workbook.finish(view);
    } else if (spec.part() == ExportSpec.Part.MATTERS) {
      CsvWriter csv = new CsvWriter(out);
      var lines = ReportCsv.matters(csv, units);
      reports.matters(period.from(), period.to(), spec.jurisdiction(), asOf, new ReportListener() {
        @Override
        public void matter(MatterFact matter, Counting counting) {
          lines.accept(new ListColumns.MatterLine(matter, counting));
        }

        @Override
        public void pageRead(int rows) {
          csv.flush();
          progress.pageRead(rows);
        }
      });
      csv.flush();
    } else {
      ReportView view = reports.report(period.from(), period.to(), spec.jurisdiction(), asOf, new ReportListener() {
        @Override
        public void pageRead(int rows) {
          progress.pageRead(rows);
        }
      });
      ReportCsv.figures(new CsvWriter(out), view);
    }
    sample.stop(Timer.builder("xinfang.reports.export").description("Duration of a report export (XLSX or CSV)")
        .tag("format", spec.format().name().toLowerCase()).tag("mode", mode).register(meters));
  }

  /** The fact rows an export reads: the period's, and for the figures those of the year before too. */
  long rowsToRead(ExportSpec spec) {
    ReportPeriod period = spec.period();
    long rows = facts.countReceived(period.from(), period.to());
    if (spec.part() != ExportSpec.Part.MATTERS) {
      ReportPeriod before = period.yearBefore();
      rows += facts.countReceived(before.from(), before.to());
    }
    return rows;
  }

  /** Adds up the rows read and tells the listener after every page. */
  private static final class Progress {
    private final LongConsumer listener;
    private long rows;

    Progress(LongConsumer listener) {
      this.listener = listener;
    }

    void pageRead(int count) {
      rows += count;
      listener.accept(rows);
    }
  }
}
