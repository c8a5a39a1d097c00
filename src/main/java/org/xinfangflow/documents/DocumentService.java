package org.xinfangflow.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.shared.ApiProblem;

/**
 * Issues, lists and reads documents. Issuing numbers the document, records the template version,
 * renders, stores the PDF and its SHA-256 — all in the caller's transaction.
 */
@Service
class DocumentService {

  private static final Logger log = LoggerFactory.getLogger(DocumentService.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IssuedDocumentRepository documents;
  private final DocumentTemplateRepository templates;
  private final TemplateSource source;
  private final PdfRenderer renderer;
  private final DocumentStore store;
  private final Clock clock;

  DocumentService(IssuedDocumentRepository documents, DocumentTemplateRepository templates, TemplateSource source,
      PdfRenderer renderer, DocumentStore store, Clock clock) {
    this.documents = documents;
    this.templates = templates;
    this.source = source;
    this.renderer = renderer;
    this.store = store;
    this.clock = clock;
  }

  /** The PDF of one document with its stored checksum. */
  record Pdf(IssuedDocument document, byte[] content) {
  }

  @Transactional
  DocumentView issue(DocumentKind kind, String petitionNumber, Instant issuedAt, Map<String, String> values) {
    TemplateSource.Template template = source.current(kind);
    String templateSha = sha256(template.body().getBytes(StandardCharsets.UTF_8));
    if (!templates.existsById(templateSha)) {
      templates.saveAndFlush(new DocumentTemplate(templateSha, kind, template.body(), template.source(),
          clock.instant()));
    }
    // unique per matter and kind; the unique constraint on doc_number turns a race into a failed step
    String docNumber = "%s-%s-%02d".formatted(petitionNumber, kind.shortName(),
        documents.countByPetitionNumberAndKind(petitionNumber, kind) + 1);
    Map<String, String> fields = new TreeMap<>(values);
    fields.put("documentNumber", docNumber);
    fields.put("documentTitle", kind.title());
    fields.put("article", kind.article());
    fields.put("issueDate", ChineseDates.of(issuedAt));
    String stored = toJson(fields);
    byte[] pdf = render(kind, template.body(), docNumber, issuedAt, fields);
    String id = UUID.randomUUID().toString();
    store.write(id, pdf);
    IssuedDocument document = documents.saveAndFlush(new IssuedDocument(id, petitionNumber, kind, docNumber,
        issuedAt, templateSha, stored, sha256(pdf), pdf.length));
    log.info("Issued {} {} for {}", kind, docNumber, petitionNumber);
    return document.view();
  }

  @Transactional(readOnly = true)
  List<DocumentView> list(String petitionNumber) {
    return documents.findByPetitionNumberOrderByIssuedAtAscDocNumberAsc(petitionNumber).stream()
        .map(IssuedDocument::view).toList();
  }

  /**
   * The stored PDF; when the file is gone or does not match its checksum, the document is rendered
   * again from the stored template and values, and served only if that matches the checksum.
   */
  @Transactional(readOnly = true)
  Pdf read(String petitionNumber, String id) {
    IssuedDocument document = documents.findByIdAndPetitionNumber(id, petitionNumber)
        .orElseThrow(() -> ApiProblem.notFound("文书", id));
    byte[] content = store.read(id).filter(bytes -> sha256(bytes).equals(document.getSha256())).orElse(null);
    if (content == null) {
      content = rerender(document);
      if (!sha256(content).equals(document.getSha256())) {
        throw new IllegalStateException("Document " + document.getDocNumber() + " cannot be reproduced");
      }
      log.warn("Document {} file missing or altered: rendered again from its stored data", document.getDocNumber());
      store.write(id, content);
    }
    return new Pdf(document, content);
  }

  /** Renders a document again from what is stored of it: its template version, values, number, time. */
  @Transactional(readOnly = true)
  byte[] rerender(IssuedDocument document) {
    String template = templates.findById(document.getTemplateSha256()).orElseThrow().getBody();
    return render(document.getKind(), template, document.getDocNumber(), document.getIssuedAt(),
        fromJson(document.getFieldValues()));
  }

  private byte[] render(DocumentKind kind, String template, String docNumber, Instant issuedAt,
      Map<String, String> fields) {
    return renderer.render(TemplateEngine.render(template, fields), kind.title(), docNumber, issuedAt);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String toJson(Map<String, String> fields) {
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> fromJson(String json) {
    try {
      return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
