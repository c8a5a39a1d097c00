package org.xinfangflow.documents;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xinfangflow.shared.TransactionalFileStore;

/** Keeps the PDF files under {@code xinfang.documents.dir}, named by document id. */
@Component
class DocumentStore extends TransactionalFileStore {

  DocumentStore(@Value("${xinfang.documents.dir:./data/documents}") String dir) {
    super(dir, ".pdf", "Document");
  }

  Optional<byte[]> read(String id) {
    return find(id);
  }
}
