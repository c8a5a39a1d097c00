package org.xinfangflow.supervision.bulletin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.UserDirectory;

/** 月通报 — generate a jurisdiction's bulletin for a month, list them, read one as JSON, XLSX or PDF. */
@RestController
@Validated
@RequestMapping("/api/supervision/bulletins")
class BulletinController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final BulletinService bulletins;
  private final BulletinWorkbook workbook;
  private final BulletinDocument document;
  private final UserDirectory directory;

  BulletinController(BulletinService bulletins, BulletinWorkbook workbook, BulletinDocument document,
      UserDirectory directory) {
    this.bulletins = bulletins;
    this.workbook = workbook;
    this.document = document;
    this.directory = directory;
  }

  @PostMapping
  ResponseEntity<BulletinView> generate(@Valid @RequestBody BulletinRequests.Generate request) {
    BulletinView view = bulletins.generate(YearMonth.parse(request.month()), request.jurisdiction().strip(),
        directory.current());
    return ResponseEntity.created(URI.create("/api/supervision/bulletins/" + view.id())).body(view);
  }

  @GetMapping
  List<BulletinSummary> list(@RequestParam(required = false) @Size(max = 40) String jurisdiction) {
    return bulletins.list(jurisdiction, directory.current());
  }

  @GetMapping("/{id}")
  BulletinView get(@PathVariable long id) {
    return bulletins.get(id, directory.current());
  }

  @GetMapping("/{id}.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    BulletinView view = bulletins.get(id, directory.current());
    return file(workbook.write(view), XLSX, view.number() + ".xlsx");
  }

  @GetMapping("/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    BulletinView view = bulletins.get(id, directory.current());
    return file(document.render(view), MediaType.APPLICATION_PDF, view.number() + ".pdf");
  }

  private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(bytes);
  }
}
