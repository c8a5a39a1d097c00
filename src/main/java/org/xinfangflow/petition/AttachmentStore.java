package org.xinfangflow.petition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps attachment files on disk under {@code xinfang.attachments.dir}. A file written in a
 * transaction that rolls back is removed again, so nothing is left half-written.
 */
@Component
class AttachmentStore {

  private final Path root;

  AttachmentStore(@Value("${xinfang.attachments.dir:./data/attachments}") String dir) {
    this.root = Path.of(dir).toAbsolutePath().normalize();
  }

  void write(String id, byte[] content) {
    Path target = path(id);
    try {
      Files.createDirectories(root);
      Path temporary = Files.createTempFile(root, id, ".part");
      Files.write(temporary, content);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Attachment could not be stored", e);
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status != STATUS_COMMITTED) {
            delete(target);
          }
        }
      });
    }
  }

  byte[] read(String id) {
    try {
      return Files.readAllBytes(path(id));
    } catch (IOException e) {
      throw new UncheckedIOException("Attachment file missing: " + id, e);
    }
  }

  private Path path(String id) {
    if (!id.matches("[0-9a-f-]{36}")) {
      throw new IllegalArgumentException("Not an attachment id: " + id);
    }
    return root.resolve(id);
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left for the operator: an orphan file without a row is harmless
    }
  }
}
