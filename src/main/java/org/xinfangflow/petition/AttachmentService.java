package org.xinfangflow.petition;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.shared.ApiProblem;

/** 附件 — upload (type by content, size limit, checksum, file outside the database), list and read. */
@Service
class AttachmentService {

  private final AttachmentRepository attachments;
  private final AttachmentStore store;
  private final PetitionService petitions;
  private final long maxBytes;
  private final Clock clock;

  AttachmentService(AttachmentRepository attachments, AttachmentStore store, PetitionService petitions,
      @Value("${xinfang.attachments.max-bytes:20971520}") long maxBytes, Clock clock) {
    this.attachments = attachments;
    this.store = store;
    this.petitions = petitions;
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  @Transactional
  AttachmentView upload(String number, String originalName, byte[] content, String user) {
    if (content.length == 0) {
      throw ApiProblem.badInput("file", "file: 文件为空");
    }
    if (content.length > maxBytes) {
      throw ApiProblem.tooLarge(maxBytes);
    }
    FileType type = FileType.of(content).orElseThrow(() ->
        ApiProblem.badInput("file", "file: 仅接受 PDF、JPEG、PNG 或 DOCX 文件（按文件内容判断）"));
    String id = UUID.randomUUID().toString();
    Attachment attachment = new Attachment(id, number, safeName(originalName, type), type, content.length,
        sha256(content), user, clock.instant());
    attachments.save(attachment);
    store.write(id, content);
    petitions.record(number, user, "附件", attachment.getFileName() + "（" + content.length + " 字节，SHA-256 "
        + attachment.getSha256() + "）");
    return attachment.view();
  }

  @Transactional(readOnly = true)
  List<AttachmentView> list(String number) {
    return attachments.findByPetitionNumberOrderByUploadedAt(number).stream().map(Attachment::view).toList();
  }

  @Transactional(readOnly = true)
  Download read(String number, String id) {
    Attachment attachment = attachments.findByIdAndPetitionNumber(id, number)
        .orElseThrow(() -> ApiProblem.notFound("附件", id));
    return new Download(attachment.view(), store.read(id));
  }

  private static String safeName(String name, FileType type) {
    String base = name == null ? "" : name.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (base.isEmpty()) {
      base = "附件." + type.name().toLowerCase();
    }
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file and what is known of it. */
  record Download(AttachmentView attachment, byte[] content) {
  }
}
