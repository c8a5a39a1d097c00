package org.xinfangflow.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 文书模板版本 — one version of a template, kept for good once a document was rendered with it. */
@Entity
@Table(name = "document_template")
class DocumentTemplate {

  @Id
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentKind kind;

  @Column(nullable = false, length = 20000)
  private String body;

  @Column(nullable = false, length = 300)
  private String source;

  @Column(name = "first_used", nullable = false)
  private Instant firstUsed;

  protected DocumentTemplate() {
  }

  DocumentTemplate(String sha256, DocumentKind kind, String body, String source, Instant firstUsed) {
    this.sha256 = sha256;
    this.kind = kind;
    this.body = body;
    this.source = source;
    this.firstUsed = firstUsed;
  }

  String getSha256() { return sha256; }
  String getBody() { return body; }
}
