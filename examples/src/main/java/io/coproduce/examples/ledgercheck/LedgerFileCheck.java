package io.coproduce.examples.ledgercheck;

import io.coproduce.consent.ledger.FileLedgerStore;
import io.coproduce.consent.ledger.LedgerAudit;
import io.coproduce.consent.ledger.VerificationResult;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Verifies a consent ledger file the way an auditor would: without changing it ({@link
 * FileLedgerStore#readForAudit}), and naming the first bad position as a line of the file (the
 * ledger holds one entry per line, entry 1 on line 1) with the byte offset where that line
 * starts and what is wrong there. Stateless and thread-safe.
 *
 * <p>What it deliberately accepts: a torn last line (bytes after the last newline, left by a
 * crash mid-write) is reported but does not make the file fail, since such an entry was never
 * acknowledged and opening the ledger for use removes it (see {@link FileLedgerStore}). What it
 * refuses without verifying: a missing path, a directory, an unreadable file and an empty file
 * (an empty file holds no entries, so there is nothing to vouch for).
 */
public final class LedgerFileCheck {

  private LedgerFileCheck() {}

  /** What checking found. */
  public enum Status {
    /** Every entry verified. */
    INTACT,
    /** An entry did not verify: the file was edited, truncated mid-line or damaged. */
    BROKEN,
    /** The path could not be verified at all: missing, a directory, unreadable or empty. */
    UNUSABLE
  }

  /**
   * What checking one file found. Immutable.
   *
   * @param status intact, broken or unusable
   * @param message one line for people, naming the file, and for a broken file the line, byte
   *     offset and problem; ids and hashes only, never a record's content
   * @param entries the entries that verified before the first bad one (all of them when intact)
   * @param badLine the first bad line (1 for the first), or 0 when there is none
   * @param badOffset the byte offset where the first bad line starts, or -1 when there is none
   */
  public record Result(Status status, String message, long entries, long badLine, long badOffset) {

    /** Validates the result: a bad line exactly when broken. */
    public Result {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(message, "message");
      if ((status == Status.BROKEN) != (badLine > 0)) {
        throw new IllegalArgumentException("a bad line is given exactly when the file is broken");
      }
    }

    /** Returns whether every entry verified. */
    public boolean isIntact() {
      return status == Status.INTACT;
    }
  }

  /** Checks the ledger file at {@code path}. Never throws for a bad or unreadable file: the result says so. */
  public static Result check(Path path) {
    Objects.requireNonNull(path, "path");
    String name = path.toString();
    if (!Files.exists(path)) {
      return unusable(name + ": no such file");
    }
    if (Files.isDirectory(path)) {
      return unusable(name + ": is a directory, not a ledger file");
    }
    if (!Files.isRegularFile(path)) {
      return unusable(name + ": is not a regular file");
    }
    if (!Files.isReadable(path)) {
      return unusable(name + ": cannot be read (permission denied)");
    }
    LedgerAudit audit;
    try {
      if (Files.size(path) == 0) {
        return unusable(name + ": is empty, so there is no entry to verify");
      }
      audit = FileLedgerStore.readForAudit(path);
    } catch (IOException e) {
      return unusable(name + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    } catch (UncheckedIOException e) {
      return unusable(name + ": cannot be read (" + e.getCause().getClass().getSimpleName() + ")");
    }
    VerificationResult v = audit.verification();
    if (v.isIntact()) {
      String torn = audit.tornBytes() == 0 ? ""
          : "; note: a torn last line of " + audit.tornBytes() + " bytes after entry " + v.entriesChecked()
              + " was never acknowledged (opening the ledger for use removes it)";
      return new Result(Status.INTACT, name + ": intact, " + v.entriesChecked() + " entries, head hash "
          + v.headHash() + torn, v.entriesChecked(), 0, -1);
    }
    long line = v.firstBadPosition();
    long offset = offsetOfLine(path, line);
    return new Result(Status.BROKEN, name + ": NOT intact at line " + line
        + (offset >= 0 ? " (byte " + offset + ")" : "") + ": " + v.problem() + "; "
        + (v.entriesChecked() == 0 ? "no entry before it verified" : "the " + v.entriesChecked()
            + " entries before it verify"), v.entriesChecked(), line, offset);
  }

  private static Result unusable(String message) {
    return new Result(Status.UNUSABLE, message, 0, 0, -1);
  }

  /** The byte offset where line {@code line} (1 for the first) starts, or -1 if the file cannot be read again. */
  static long offsetOfLine(Path path, long line) {
    long newlines = 0;
    long offset = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      byte[] buffer = new byte[1 << 16];
      while (newlines < line - 1) {
        int n = in.read(buffer);
        if (n < 0) {
          return offset;
        }
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n' && ++newlines == line - 1) {
            return offset + i + 1;
          }
        }
        offset += n;
      }
      return 0;
    } catch (IOException e) {
      return -1;
    }
  }
}
