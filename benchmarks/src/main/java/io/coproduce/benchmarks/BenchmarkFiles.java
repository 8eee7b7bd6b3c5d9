package io.coproduce.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Scratch directories for the file benchmarks, on a real disk so that {@code force} is a real
 * flush: under {@code benchmarks/target/} when run from the reactor root, else {@code target/},
 * or wherever the system property {@code coproduce.bench.dir} names (pass it to the forks with
 * {@code -jvmArgsAppend -Dcoproduce.bench.dir=...}). Not under {@code /tmp}, which may be a tmpfs.
 */
final class BenchmarkFiles {

  private BenchmarkFiles() {}

  /** Creates a new empty directory for one trial. */
  static Path newDirectory(String prefix) {
    String configured = System.getProperty("coproduce.bench.dir");
    Path base;
    if (configured != null) {
      base = Path.of(configured);
    } else if (Files.isDirectory(Path.of("benchmarks", "target"))) {
      base = Path.of("benchmarks", "target");
    } else {
      base = Path.of("target");
    }
    try {
      Files.createDirectories(base);
      return Files.createTempDirectory(base.toAbsolutePath(), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch directory under " + base, e);
    }
  }

  /** Deletes a directory and everything in it, if it exists. */
  static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  /** The size of a file in bytes. */
  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
