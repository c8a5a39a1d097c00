package org.xinfangflow.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 文书 — one issued document: its number, when it was issued, the template version and the values it
 * was rendered from (JSON, keys sorted), and the SHA-256 of its PDF.
 */
@Entity
@Table(name = "issued_document")
class IssuedDocument {

  @Id
  private String id;

  @Column(name = "petition_number", nullable = false)
  private String petitionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentKind kind;

  @Column(name = "doc_number", nullable = false)
  private String docNumber;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "template_sha256", nullable = false)
  private String templateSha256;

  @Column(name = "field_values", nullable = false, length = 60000)
  private String fieldValues;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  protected IssuedDocument() {
  }

  IssuedDocument(String id, String petitionNumber, DocumentKind kind, String docNumber, Instant issuedAt,
      String templateSha256, String fieldValues, String sha256, long sizeBytes) {
    this.id = id;
    this.petitionNumber = petitionNumber;
    this.kind = kind;
    this.docNumber = docNumber;
    this.issuedAt = issuedAt;
    this.templateSha256 = templateSha256;
    this.fieldValues = fieldValues;
    this.sha256 = sha256;
    this.sizeBytes = sizeBytes;
  }

  DocumentView view() {
    return new DocumentView(id, kind.name(), kind.title(), docNumber, issuedAt, sha256);
  }

  String getId() { return id; }
  DocumentKind getKind() { return kind; }
  String getDocNumber() { return docNumber; }
  Instant getIssuedAt() { return issuedAt; }
  String getTemplateSha256() { return templateSha256; }
  String getFieldValues() { return fieldValues; }
  String getSha256() { return sha256; }
}
