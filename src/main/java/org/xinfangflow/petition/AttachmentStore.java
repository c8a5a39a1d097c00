package org.xinfangflow.petition;

import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xinfangflow.shared.TransactionalFileStore;

/** Keeps attachment files on disk under {@code xinfang.attachments.dir}, named by attachment id. */
@Component
class AttachmentStore extends TransactionalFileStore {

  AttachmentStore(@Value("${xinfang.attachments.dir:./data/attachments}") String dir) {
    super(dir, "", "Attachment");
  }

  byte[] read(String id) {
    return find(id).orElseThrow(() -> new UncheckedIOException("Attachment file missing: " + id,
        new java.io.FileNotFoundException(id)));
  }
}
