package org.xinfangflow.reporting;

import java.net.URI;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;

/**
 * 导出任务 (docs/reporting.md, Exports): {@code POST /api/reports/exports} starts one (202 with its
 * {@code Location}); {@code GET /api/reports/exports} lists the caller's, newest first;
 * {@code GET /api/reports/exports/{id}} shows one; {@code GET /api/reports/exports/{id}/file} downloads its
 * file once DONE. Only the user who asked sees a job.
 */
@RestController
@RequestMapping("/api/reports/exports")
class ExportJobController {

  private final ExportJobService exports;
  private final UserDirectory directory;

  ExportJobController(ExportJobService exports, UserDirectory directory) {
    this.exports = exports;
    this.directory = directory;
  }

  @PostMapping
  ResponseEntity<ExportView> start(@RequestBody ExportRequest request) {
    ExportView job = exports.start(directory.current(), request);
    return ResponseEntity.accepted().location(URI.create("/api/reports/exports/" + job.id())).body(job);
  }

  @GetMapping
  List<ExportView> mine() {
    return exports.mine(directory.current());
  }

  @GetMapping("/{id}")
  ExportView get(@PathVariable String id) {
    return exports.get(directory.current(), id);
  }

  @GetMapping("/{id}/file")
  ResponseEntity<Resource> file(@PathVariable String id) {
    ExportJobService.Download download = exports.file(directory.current(), id);
    ExportSpec spec = download.job().spec();
    return ResponseEntity.ok().contentType(spec.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(download.job().fileName()).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(new FileSystemResource(download.file()));
  }
}
