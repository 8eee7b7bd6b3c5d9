package io.coproduce.consent.ledger;

import io.coproduce.core.error.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable ledger store: a JSON Lines file, one entry per line in {@link LedgerFormat}, made
 * durable with {@link FileChannel#force(boolean)} before an append is acknowledged. Concurrent
 * appenders share flushes (group commit): while one flush runs, later appends gather and the
 * next flush covers them all; {@link ConsentLedger#appendAll(java.util.Collection)} writes a whole batch and
 * flushes once. Thread-safe.
 *
 * <h2>Opening</h2>
 *
 * <p>{@link #open(Path)} reads and verifies the whole file before accepting appends:
 *
 * <ul>
 *   <li>a torn last line (bytes after the last newline, left by a crash mid-write) was never
 *       acknowledged, so it is cut off and the store reports how many bytes it removed;
 *   <li>anything else that does not verify (an edited, dropped, reordered or damaged entry)
 *       refuses the open with a {@link LedgerIntegrityException} naming the first bad position.
 *       {@link #readForAudit(Path)} reads such a file without changing it.
 * </ul>
 *
 * <p>After a crash, entries of a batch that was being written when the process died may be
 * present in part; each is complete and verified, and none of them had been acknowledged.
 */
public final class FileLedgerStore implements LedgerStore {

  private static final Logger LOG = LoggerFactory.getLogger(FileLedgerStore.class);
  private static final int CHUNK = 1 << 22;

  private final Path path;
  private final FileChannel channel;
  private final long recoveredTornBytes;
  private final Object writeLock = new Object();
  private final Object syncLock = new Object();
  private volatile long written;
  private volatile long durable;
  private volatile String head;
  private volatile boolean failed;
  private volatile boolean closed;

  private FileLedgerStore(Path path, FileChannel channel, long size, String head, long torn) {
    this.path = path;
    this.channel = channel;
    this.written = size;
    this.durable = size;
    this.head = head;
    this.recoveredTornBytes = torn;
  }

  /**
   * Opens (or creates) a ledger file for use, verifying every entry first.
   *
   * @throws LedgerIntegrityException when an entry does not verify
   * @throws UncheckedIOException when the file cannot be read or written
   */
  public static FileLedgerStore open(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      boolean created = !Files.exists(path);
      FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      try {
        if (created) {
          channel.force(true);
          forceDirectory(path);
        }
        Scan scan = scan(channel, null);
        if (!scan.result.isIntact()) {
          throw LedgerIntegrityException.tampered(scan.result);
        }
        long torn = 0;
        if (scan.tornBytes > 0) {
          torn = scan.tornBytes;
          channel.truncate(scan.intactBytes);
          channel.force(true);
          LOG.warn("consent ledger: removed a torn last line of {} bytes after entry {} (never acknowledged)",
              torn, scan.result.entriesChecked());
        }
        channel.position(scan.intactBytes);
        return new FileLedgerStore(path, channel, scan.result.entriesChecked(), scan.result.headHash(), torn);
      } catch (RuntimeException | IOException e) {
        channel.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open consent ledger file", e);
    }
  }

  /**
   * Reads a ledger file without changing it, for audit: every entry up to the first bad one, and
   * what verification found. Works on tampered files.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static LedgerAudit readForAudit(Path path) {
    Objects.requireNonNull(path, "path");
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      List<LedgerEntry> entries = new ArrayList<>();
      Scan scan = scan(channel, entries::add);
      return new LedgerAudit(entries, scan.result, scan.tornBytes);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("no consent ledger file there", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read consent ledger file", e);
    }
  }

  /** Returns the file. */
  public Path path() {
    return path;
  }

  /** Returns how many bytes of a torn last line {@link #open(Path)} removed (0 for none). */
  public long recoveredTornBytes() {
    return recoveredTornBytes;
  }

  @Override
  public long size() {
    return written;
  }

  @Override
  public String headHash() {
    return head;
  }

  @Override
  public void write(List<LedgerEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    synchronized (writeLock) {
      requireUsable();
      long first = entries.get(0).position();
      if (first != written + 1) {
        throw new IllegalArgumentException("entries must be written in position order");
      }
      int size = 0;
      List<byte[]> lines = new ArrayList<>(entries.size());
      for (LedgerEntry e : entries) {
        byte[] line = LedgerFormat.line(e);
        lines.add(line);
        size += line.length;
      }
      ByteBuffer buffer = ByteBuffer.allocate(size);
      lines.forEach(buffer::put);
      buffer.flip();
      try {
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      } catch (IOException e) {
        failed = true;
        throw LedgerIntegrityException.storageFailed(first, e);
      }
      LedgerEntry last = entries.get(entries.size() - 1);
      head = last.hash();
      written = last.position();
    }
  }

  @Override
  public void sync(long position) {
    if (durable >= position) {
      return;
    }
    synchronized (syncLock) {
      if (durable >= position) {
        return;
      }
      requireUsable();
      long target = written;
      try {
        channel.force(false);
      } catch (IOException e) {
        failed = true;
        throw LedgerIntegrityException.storageFailed(durable + 1, e);
      }
      durable = target;
    }
  }

  @Override
  public void replay(Consumer<LedgerEntry> sink) {
    Objects.requireNonNull(sink, "sink");
    long upTo = written;
    try (FileChannel reader = FileChannel.open(path, StandardOpenOption.READ)) {
      Scan scan = scan(reader, e -> {
        if (e.position() <= upTo) {
          sink.accept(e);
        }
      });
      if (!scan.result.isIntact() && scan.result.firstBadPosition() <= upTo) {
        throw LedgerIntegrityException.tampered(scan.result);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read consent ledger file", e);
    }
  }

  /** Re-reads the file from disk and verifies every entry, so tampering since opening is found. */
  @Override
  public VerificationResult verify() {
    try (FileChannel reader = FileChannel.open(path, StandardOpenOption.READ)) {
      return scan(reader, null).result;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read consent ledger file", e);
    }
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      synchronized (syncLock) {
        if (closed) {
          return;
        }
        closed = true;
        try {
          if (!failed) {
            channel.force(false);
          }
          channel.close();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot close consent ledger file", e);
        }
      }
    }
  }

  private void requireUsable() {
    if (closed) {
      throw new IllegalStateException("consent ledger file is closed");
    }
    if (failed) {
      throw LedgerIntegrityException.storageFailed(written + 1, null);
    }
  }

  private static void forceDirectory(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null) {
      return;
    }
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some platforms cannot open a directory; the file's own force is then all there is.
      LOG.debug("consent ledger: directory of a new ledger file could not be forced", e);
    }
  }

  /** What scanning a file found. */
  private static final class Scan {
    VerificationResult result;
    long intactBytes;
    long tornBytes;
  }

  /**
   * Reads every line, verifying the chain; gives each intact entry (with its record parsed) to
   * {@code sink} when there is one. Stops at the first bad entry.
   */
  private static Scan scan(FileChannel channel, Consumer<LedgerEntry> sink) throws IOException {
    Scan scan = new Scan();
    byte[] buf = new byte[CHUNK];
    int filled = 0;
    long consumed = 0;
    long expected = 1;
    byte[] previous = LedgerFormat.GENESIS.getBytes(StandardCharsets.US_ASCII);
    channel.position(0);
    while (true) {
      if (filled == buf.length) {
        byte[] bigger = new byte[buf.length * 2];
        System.arraycopy(buf, 0, bigger, 0, filled);
        buf = bigger;
      }
      int n = channel.read(ByteBuffer.wrap(buf, filled, buf.length - filled));
      if (n < 0) {
        break;
      }
      filled += n;
      int start = 0;
      for (int i = 0; i < filled; i++) {
        if (buf[i] != '\n') {
          continue;
        }
        String problem = check(buf, start, i, expected, previous);
        if (problem == null && sink != null) {
          problem = deliver(buf, start, i, expected, previous, sink);
        }
        if (problem != null) {
          scan.result = VerificationResult.badAt(expected, problem,
              new String(previous, StandardCharsets.US_ASCII));
          scan.intactBytes = consumed + start;
          return scan;
        }
        LedgerFormat.ParsedLine p = LedgerFormat.parse(buf, start, i);
        previous = Arrays.copyOfRange(buf, p.hashOffset, p.hashOffset + 64);
        expected++;
        start = i + 1;
      }
      System.arraycopy(buf, start, buf, 0, filled - start);
      consumed += start;
      filled -= start;
    }
    String headText = new String(previous, StandardCharsets.US_ASCII);
    if (filled > 1 && check(buf, 0, filled - 1, expected, previous) == null) {
      // A whole entry followed by one byte that is not a newline: a torn write never leaves
      // this (lines are written with their newline), so the newline itself was changed.
      scan.result = VerificationResult.badAt(expected, "the newline ending the entry was changed", headText);
      scan.intactBytes = consumed;
      return scan;
    }
    scan.result = VerificationResult.intact(expected - 1, headText);
    scan.intactBytes = consumed;
    scan.tornBytes = filled;
    return scan;
  }

  private static String check(byte[] buf, int start, int end, long expected, byte[] previous) {
    LedgerFormat.ParsedLine p = LedgerFormat.parse(buf, start, end);
    if (p.problem != null) {
      return "the line " + p.problem;
    }
    if (p.position != expected) {
      return "the line says it is entry " + p.position + " (an entry was dropped, added or moved)";
    }
    if (!p.previousIs(buf, previous)) {
      return "the previous hash does not match the entry before";
    }
    if (!p.matchesHash(buf)) {
      return "the hash does not match the entry's content";
    }
    return null;
  }

  private static String deliver(
      byte[] buf, int start, int end, long position, byte[] previous, Consumer<LedgerEntry> sink) {
    LedgerFormat.ParsedLine p = LedgerFormat.parse(buf, start, end);
    byte[] json = Arrays.copyOfRange(buf, p.recordOffset, p.recordOffset + p.recordLength);
    LedgerRecord record;
    try {
      record = LedgerFormat.readRecord(json, 0, json.length);
    } catch (InvalidInputException e) {
      return "the record is not valid: " + e.getMessage();
    }
    sink.accept(new LedgerEntry(position, new String(previous, StandardCharsets.US_ASCII),
        p.hashText(buf), record, json));
    return null;
  }
}
