package io.coproduce.consent.ledger;

import io.coproduce.core.error.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
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
  private final ReentrantLock syncLock = new ReentrantLock();
  private final Condition flushed = syncLock.newCondition();
  private boolean flushing;
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

  /**
   * Group commit: one caller at a time flushes everything written so far; callers whose entries
   * a flush covers return when it ends, and the first still waiting becomes the next flusher,
   * covering everything written meanwhile. Waiters never queue for the flush itself.
   */
  @Override
  public void sync(long position) {
    if (durable >= position) {
      return;
    }
    syncLock.lock();
    try {
      while (durable < position) {
        if (flushing) {
          flushed.awaitUninterruptibly();
          continue;
        }
        requireUsable();
        flushing = true;
        long target = written;
        syncLock.unlock();
        boolean ok = false;
        try {
          channel.force(false);
          ok = true;
        } catch (IOException e) {
          failed = true;
          throw LedgerIntegrityException.storageFailed(durable + 1, e);
        } finally {
          syncLock.lock();
          flushing = false;
          if (ok && target > durable) {
            durable = target;
          }
          flushed.signalAll();
        }
      }
    } finally {
      syncLock.unlock();
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
      syncLock.lock();
      try {
        while (flushing) {
          flushed.awaitUninterruptibly();
        }
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
      } finally {
        syncLock.unlock();
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

  /** Files at least this large are verified by several threads (one per processor, up to 8). */
  static final long PARALLEL_FROM_BYTES = 32L << 20;

  private static final byte[] GENESIS_BYTES = LedgerFormat.GENESIS.getBytes(StandardCharsets.US_ASCII);

  /**
   * Reads every line, verifying the chain; gives each intact entry (with its record parsed) to
   * {@code sink} when there is one. Stops at the first bad entry. Without a sink, a large file
   * is verified in segments by several threads (of the common fork-join pool) and the segments
   * are then stitched together: each segment's first entry must follow the last of the one before.
   */
  private static Scan scan(FileChannel channel, Consumer<LedgerEntry> sink) throws IOException {
    long size = channel.size();
    int threads = Math.min(8, Runtime.getRuntime().availableProcessors());
    if (sink == null && threads > 1 && size >= PARALLEL_FROM_BYTES) {
      return scanInParallel(channel, size, threads);
    }
    return Segment.scan(channel, 0, size, sink, true, 1, GENESIS_BYTES).toScan(1, GENESIS_BYTES);
  }

  /**
   * Verifies a file in {@code segments} segments whatever its size (1 for one sequential pass),
   * so tests can check that stitching segments finds exactly what one pass finds.
   */
  static VerificationResult verifyInSegments(Path path, int segments) {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      return segments <= 1
          ? Segment.scan(channel, 0, channel.size(), null, true, 1, GENESIS_BYTES).toScan(1, GENESIS_BYTES).result
          : scanInParallel(channel, channel.size(), segments).result;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read consent ledger file", e);
    }
  }

  private static Scan scanInParallel(FileChannel channel, long size, int threads) throws IOException {
    List<long[]> ranges = new ArrayList<>(threads);
    long from = 0;
    for (int i = 1; i <= threads && from < size; i++) {
      long to = i == threads ? size : nextLineStart(channel, Math.max(from, size * i / threads), size);
      if (to > from) {
        ranges.add(new long[] {from, to});
      }
      from = to;
    }
    // The calling thread scans the first segment itself while pool threads scan the others, so
    // a file is verified on as many threads as it has segments even when the common pool has
    // fewer workers (one, on a machine with two processors).
    List<CompletableFuture<Segment>> parts = new ArrayList<>(ranges.size());
    if (!ranges.isEmpty()) {
      parts.add(null);
    }
    for (int i = 1; i < ranges.size(); i++) {
      long[] r = ranges.get(i);
      boolean last = i == ranges.size() - 1;
      parts.add(CompletableFuture.supplyAsync(() -> {
        try {
          return Segment.scan(channel, r[0], r[1], null, last, -1, null);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
    }
    if (!ranges.isEmpty()) {
      long[] r = ranges.get(0);
      parts.set(0, CompletableFuture.completedFuture(
          Segment.scan(channel, r[0], r[1], null, ranges.size() == 1, 1, GENESIS_BYTES)));
    }
    long expected = 1;
    byte[] previous = GENESIS_BYTES;
    Scan scan = null;
    for (int i = 0; i < parts.size(); i++) {
      Segment part;
      try {
        part = parts.get(i).join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        throw e;
      }
      if (scan != null) {
        continue;
      }
      Scan partial = part.toScan(expected, previous);
      if (!partial.result.isIntact() || i == parts.size() - 1) {
        scan = partial;
      } else {
        expected += part.lines;
        previous = part.lastHash;
      }
    }
    if (scan == null) {
      scan = new Scan();
      scan.result = VerificationResult.intact(0, LedgerFormat.GENESIS);
    }
    return scan;
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * The index of the first newline in {@code buf[from, to)}, or -1: eight bytes at a time (a
   * zero-byte test on the word XOR newlines), since a ledger file is hundreds of megabytes.
   */
  static int newline(byte[] buf, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(buf, i) ^ NEWLINES;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The offset just after the first newline at or after {@code from}, or {@code size}. */
  private static long nextLineStart(FileChannel channel, long from, long size) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(1 << 16);
    long at = from;
    while (at < size) {
      b.clear();
      int n = channel.read(b, at);
      if (n <= 0) {
        return size;
      }
      for (int i = 0; i < n; i++) {
        if (b.get(i) == '\n') {
          return at + i + 1;
        }
      }
      at += n;
    }
    return size;
  }

  /**
   * The lines of one byte range of the file, checked against each other. Unless told what the
   * first line must follow, its position and previous hash are taken as found, and {@link
   * #toScan} checks them against what the segment before ended with.
   */
  private static final class Segment {
    long firstPosition = -1;
    final byte[] firstPrevious = new byte[64];
    final byte[] lastHash = new byte[64];
    long lines;
    String problem;
    long badOffset;
    long endOfIntact;
    long tornBytes;
    boolean damagedNewline;

    static Segment scan(FileChannel channel, long from, long to, Consumer<LedgerEntry> sink, boolean last,
        long firstExpected, byte[] firstPrevious) throws IOException {
      Segment seg = new Segment();
      LedgerFormat.ParsedLine p = new LedgerFormat.ParsedLine();
      LedgerFormat.Verifier verifier = new LedgerFormat.Verifier();
      byte[] buf = new byte[(int) Math.min(CHUNK, Math.max(1 << 16, to - from))];
      int filled = 0;
      long consumed = from;
      long read = from;
      while (true) {
        if (filled == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int want = (int) Math.min(buf.length - filled, to - read);
        int n = want == 0 ? -1 : channel.read(ByteBuffer.wrap(buf, filled, want), read);
        if (n < 0) {
          break;
        }
        read += n;
        filled += n;
        int start = 0;
        for (int i = newline(buf, 0, filled); i >= 0; i = newline(buf, start, filled)) {
          String problem = seg.check(buf, start, i, firstExpected, firstPrevious, p, verifier);
          if (problem == null && sink != null) {
            problem = deliver(buf, p, sink);
          }
          if (problem != null) {
            seg.problem = problem;
            seg.badOffset = consumed + start;
            return seg;
          }
          if (seg.lines == 0) {
            seg.firstPosition = p.position;
            System.arraycopy(buf, p.previousOffset, seg.firstPrevious, 0, 64);
          }
          System.arraycopy(buf, p.hashOffset, seg.lastHash, 0, 64);
          seg.lines++;
          start = i + 1;
        }
        System.arraycopy(buf, start, buf, 0, filled - start);
        consumed += start;
        filled -= start;
      }
      seg.endOfIntact = consumed;
      if (filled > 0 && last) {
        // A whole entry followed by one byte that is not a newline: a torn write never leaves
        // this (lines are written with their newline), so the newline itself was changed.
        seg.damagedNewline = filled > 1
            && seg.check(buf, 0, filled - 1, firstExpected, firstPrevious, p, verifier) == null;
        seg.tornBytes = filled;
      } else if (filled > 0) {
        seg.problem = "the line does not end where the next begins";
        seg.badOffset = consumed;
      }
      return seg;
    }

    /** Checks the next line against the segment so far (or, for its first line, against what it must follow, if known). */
    private String check(byte[] buf, int start, int end, long firstExpected, byte[] firstPrevious,
        LedgerFormat.ParsedLine p, LedgerFormat.Verifier verifier) {
      if (lines == 0) {
        return FileLedgerStore.check(buf, start, end, firstExpected, firstPrevious, p, verifier);
      }
      return FileLedgerStore.check(buf, start, end, firstPosition + lines, lastHash, p, verifier);
    }

    /** The scan result of this segment following one that ended at {@code expected - 1} with {@code previous}. */
    Scan toScan(long expected, byte[] previous) {
      Scan scan = new Scan();
      String before = new String(previous, StandardCharsets.US_ASCII);
      if (lines > 0 && firstPosition != expected) {
        scan.result = VerificationResult.badAt(expected, "the line says it is entry " + firstPosition
            + " (an entry was dropped, added or moved)", before);
        return scan;
      }
      if (lines > 0 && !Arrays.equals(firstPrevious, previous)) {
        scan.result = VerificationResult.badAt(expected, "the previous hash does not match the entry before", before);
        return scan;
      }
      String end = lines > 0 ? new String(lastHash, StandardCharsets.US_ASCII) : before;
      if (problem != null) {
        scan.result = VerificationResult.badAt(expected + lines, problem, end);
        scan.intactBytes = badOffset;
        return scan;
      }
      if (damagedNewline) {
        scan.result = VerificationResult.badAt(expected + lines, "the newline ending the entry was changed", end);
        scan.intactBytes = endOfIntact;
        return scan;
      }
      scan.result = VerificationResult.intact(expected - 1 + lines, end);
      scan.intactBytes = endOfIntact;
      scan.tornBytes = tornBytes;
      return scan;
    }
  }

  /**
   * Checks one line: its format, its position ({@code expected}, or any when -1), its previous
   * hash ({@code previous}, or any when null) and its own hash. Leaves the parts in {@code p}.
   */
  private static String check(byte[] buf, int start, int end, long expected, byte[] previous,
      LedgerFormat.ParsedLine p, LedgerFormat.Verifier verifier) {
    LedgerFormat.parse(buf, start, end, p);
    if (p.problem != null) {
      return "the line " + p.problem;
    }
    if (expected >= 0 && p.position != expected) {
      return "the line says it is entry " + p.position + " (an entry was dropped, added or moved)";
    }
    if (previous != null && !p.previousIs(buf, previous)) {
      return "the previous hash does not match the entry before";
    }
    if (!verifier.matches(buf, p)) {
      return "the hash does not match the entry's content";
    }
    return null;
  }

  private static String deliver(byte[] buf, LedgerFormat.ParsedLine p, Consumer<LedgerEntry> sink) {
    byte[] json = Arrays.copyOfRange(buf, p.recordOffset, p.recordOffset + p.recordLength);
    LedgerRecord record;
    try {
      record = LedgerFormat.readRecord(json, 0, json.length);
    } catch (InvalidInputException e) {
      return "the record is not valid: " + e.getMessage();
    }
    sink.accept(new LedgerEntry(p.position,
        new String(buf, p.previousOffset, 64, StandardCharsets.US_ASCII), p.hashText(buf), record, json));
    return null;
  }
}
