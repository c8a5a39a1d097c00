package org.xinfangflow.petition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xinfangflow.identity.UserDirectory;

/** 附件 — {@code /api/petitions/{number}/attachments}, for whoever may see the matter. */
@RestController
@RequestMapping("/api/petitions/{number}/attachments")
class AttachmentController {

  private final AttachmentService attachments;
  private final MatterVisibility visibility;
  private final UserDirectory directory;

  AttachmentController(AttachmentService attachments, MatterVisibility visibility, UserDirectory directory) {
    this.attachments = attachments;
    this.visibility = visibility;
    this.directory = directory;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<AttachmentView> upload(@PathVariable String number, @RequestParam("file") MultipartFile file)
      throws IOException {
    visibility.require(number);
    AttachmentView saved = attachments.upload(number, file.getOriginalFilename(), file.getBytes(),
        directory.current().username());
    return ResponseEntity.status(HttpStatus.CREATED).body(saved);
  }

  @GetMapping
  List<AttachmentView> list(@PathVariable String number) {
    visibility.require(number);
    return attachments.list(number);
  }

  @GetMapping("/{id}")
  ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable String id) {
    visibility.require(number);
    AttachmentService.Download download = attachments.read(number, id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(download.attachment().mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(download.attachment().name(), StandardCharsets.UTF_8).build().toString())
        .header("X-Checksum-SHA256", download.attachment().sha256())
        .body(download.content());
  }
}
