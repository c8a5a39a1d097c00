package org.xinfangflow.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 附件 — a file of a matter, kept on disk outside the database, with its SHA-256. */
@Entity
@Table(name = "attachment")
class Attachment {

  @Id
  private String id;

  @Column(name = "petition_number", nullable = false)
  private String petitionNumber;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", nullable = false)
  private FileType type;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected Attachment() {
  }

  Attachment(String id, String petitionNumber, String fileName, FileType type, long size, String sha256,
      String uploadedBy, Instant uploadedAt) {
    this.id = id;
    this.petitionNumber = petitionNumber;
    this.fileName = fileName;
    this.type = type;
    this.size = size;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  AttachmentView view() {
    return new AttachmentView(id, fileName, type.mediaType(), size, sha256, uploadedBy, uploadedAt);
  }

  String getId() { return id; }
  String getPetitionNumber() { return petitionNumber; }
  String getFileName() { return fileName; }
  FileType getType() { return type; }
  String getSha256() { return sha256; }
}
