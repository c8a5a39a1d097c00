package org.xinfangflow.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the PDF files under {@code xinfang.documents.dir}, named by document id. A file written in a
 * transaction that rolls back is removed again.
 */
@Component
class DocumentStore {

  private final Path root;

  DocumentStore(@Value("${xinfang.documents.dir:./data/documents}") String dir) {
    this.root = Path.of(dir).toAbsolutePath().normalize();
  }

  void write(String id, byte[] content) {
    Path target = path(id);
    try {
      Files.createDirectories(root);
      Path temporary = Files.createTempFile(root, id, ".part");
      Files.write(temporary, content);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Document could not be stored", e);
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status != STATUS_COMMITTED) {
            try {
              Files.deleteIfExists(target);
            } catch (IOException e) {
              // an orphan file without a row is harmless
            }
          }
        }
      });
    }
  }

  Optional<byte[]> read(String id) {
    try {
      return Optional.of(Files.readAllBytes(path(id)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Document file unreadable: " + id, e);
    }
  }

  private Path path(String id) {
    if (!id.matches("[0-9a-f-]{36}")) {
      throw new IllegalArgumentException("Not a document id: " + id);
    }
    return root.resolve(id + ".pdf");
  }
}
