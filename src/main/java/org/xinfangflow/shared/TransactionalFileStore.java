package org.xinfangflow.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files kept outside the database, one per row, named by the row's random id: written atomically
 * (a temporary file moved into place), and removed again when the transaction that wrote them rolls
 * back, so nothing is left half-written. Attachments and issued documents use it.
 */
public class TransactionalFileStore {

  private final Path root;
  private final String suffix;
  private final String what;

  /** {@code what} names the files in messages, e.g. "Attachment". */
  protected TransactionalFileStore(String dir, String suffix, String what) {
    this.root = Path.of(dir).toAbsolutePath().normalize();
    this.suffix = suffix;
    this.what = what;
  }

  public void write(String id, byte[] content) {
    Path target = path(id);
    try {
      Files.createDirectories(root);
      Path temporary = Files.createTempFile(root, id, ".part");
      Files.write(temporary, content);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(what + " could not be stored", e);
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

  /** The file's bytes, or empty when there is no such file. */
  public Optional<byte[]> find(String id) {
    try {
      return Optional.of(Files.readAllBytes(path(id)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(what + " file unreadable: " + id, e);
    }
  }

  private Path path(String id) {
    if (!id.matches("[0-9a-f-]{36}")) {
      throw new IllegalArgumentException("Not an id of a stored " + what.toLowerCase() + ": " + id);
    }
    return root.resolve(id + suffix);
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left for the operator: an orphan file without a row is harmless
    }
  }
}
