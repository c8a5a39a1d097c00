package org.xinfangflow.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.MatterVisibility;
import org.xinfangflow.shared.ApiProblem;

/**
 * 文书 — {@code /api/petitions/{number}/documents}, for whoever may see the matter (else 404). The list
 * holds no personal data; the PDFs name the petitioner, so a role that never sees personal data
 * (审计统计 only) gets the list but not the PDFs (403).
 */
@RestController
@RequestMapping("/api/petitions/{number}/documents")
class DocumentController {

  private final DocumentService documents;
  private final MatterVisibility visibility;
  private final UserDirectory directory;

  DocumentController(DocumentService documents, MatterVisibility visibility, UserDirectory directory) {
    this.documents = documents;
    this.visibility = visibility;
    this.directory = directory;
  }

  @GetMapping
  List<DocumentView> list(@PathVariable String number) {
    visibility.require(number);
    return documents.list(number);
  }

  @GetMapping("/{id}")
  ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable String id) {
    visibility.require(number);
    if (!id.matches("[0-9a-f-]{36}")) {
      throw ApiProblem.notFound("文书", id);
    }
    if (withoutPersonalData(directory.current())) {
      throw ApiProblem.forbidden("文书载有信访人姓名：审计统计人员可查看文书目录与校验值，不能下载文书");
    }
    DocumentService.Pdf pdf = documents.read(number, id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(pdf.document().getDocNumber() + ".pdf", StandardCharsets.UTF_8).build().toString())
        .header("X-Checksum-SHA256", pdf.document().getSha256())
        .body(pdf.content());
  }

  private static boolean withoutPersonalData(CurrentUser user) {
    return user.has(Role.AUDITOR) && !user.has(Role.CLERK) && !user.has(Role.HANDLER) && !user.has(Role.HEAD)
        && !user.has(Role.REVIEWER) && !user.has(Role.SUPERVISOR) && !user.has(Role.ADMIN);
  }
}
