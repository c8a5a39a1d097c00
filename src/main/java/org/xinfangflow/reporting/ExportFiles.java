package org.xinfangflow.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The files of export jobs under {@code xinfang.reports.exports-dir}: a job writes {@code <id>.part} and,
 * once complete, moves it to {@code <id>.xlsx} or {@code <id>.csv} in one step, so a file under its final
 * name is always whole. Names are the job's random id, never anything a user typed.
 */
@Component
class ExportFiles {

  private static final String PART = ".part";
  private static final String ID = "[0-9a-f-]{36}";

  private final Path root;

  ExportFiles(ReportsProperties properties) {
    this.root = Path.of(properties.exportsDir()).toAbsolutePath().normalize();
  }

  /** Opens the job's part file for writing, replacing what a failed attempt left. */
  OutputStream create(String id) throws IOException {
    Files.createDirectories(root);
    return Files.newOutputStream(part(id));
  }

  /** Moves the job's finished part file to its final name; answers that name. */
  String complete(String id, ExportSpec spec) throws IOException {
    String name = id + "." + spec.format().name().toLowerCase();
    Files.move(part(id), file(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return name;
  }

  long size(String storedFile) throws IOException {
    return Files.size(file(storedFile));
  }

  /** The stored file, if it is still there. */
  Optional<Path> find(String storedFile) {
    Path file = file(storedFile);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  void deletePart(String id) {
    delete(part(id));
  }

  void delete(String storedFile) {
    if (storedFile != null) {
      delete(file(storedFile));
    }
  }

  /** The ids of the part files lying in the directory. */
  List<String> parts() {
    List<String> ids = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return ids;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*" + PART)) {
      for (Path file : files) {
        String id = file.getFileName().toString().replace(PART, "");
        if (id.matches(ID)) {
          ids.add(id);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Exports directory unreadable: " + root, e);
    }
    return ids;
  }

  Path part(String id) {
    return file(id + PART);
  }

  private Path file(String name) {
    if (!name.matches(ID + "\\.(xlsx|csv|part)")) {
      throw new IllegalArgumentException("Not the name of an export file: " + name);
    }
    return root.resolve(name);
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left for the next cleanup
    }
  }
}
