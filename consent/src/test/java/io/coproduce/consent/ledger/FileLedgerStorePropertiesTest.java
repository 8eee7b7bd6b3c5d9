package io.coproduce.consent.ledger;

import io.coproduce.consent.Examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Damage to a cleanly closed ledger file: every single-byte flip is found at the line holding the
 * byte (a closed file has no torn tail, so nothing may be taken for one), and every truncation or
 * partial append is recovered as a torn tail of exactly the bytes after the last newline.
 */
class FileLedgerStorePropertiesTest {

  @TempDir
  static Path dir;

  private static byte[] clean;
  private static List<LedgerEntry> entries;
  private static int firstLineEnd;
  private static int lastLineStart;

  @BeforeAll
  static void writeACleanLedger() throws IOException {
    List<int[]> steps = new ArrayList<>();
    for (int i = 0; i < 18; i++) {
      // Every kind of step (each consent action, a capable assessment with the decision resting
      // on it, a not-capable assessment), two young people, varied purposes and gaps.
      steps.add(new int[] {i % 2, i % 13, 1 + (i * 7) % 63, (i * 37) % 90});
    }
    List<LedgerRecord> records = LedgerFixtures.recordsFrom(steps);
    Path file = dir.resolve("clean.jsonl");
    try (ConsentLedger ledger = ConsentLedger.open(FileLedgerStore.open(file))) {
      entries = ledger.appendAll(records);
    }
    clean = Files.readAllBytes(file);
    firstLineEnd = indexOf(clean, 0) + 1;
    lastLineStart = lastIndexOf(clean, clean.length - 2) + 1;
    assertThat(entries).hasSizeBetween(18, 25);
    assertThat(clean[clean.length - 1]).isEqualTo((byte) '\n');
  }

  private static QuickTheory theory(int examples) {
    return qt().withFixedSeed(20261201L).withExamples(Examples.atMost(examples));
  }

  /** Byte offsets anywhere, with extra weight on the first line, the last line and its newline. */
  private static Gen<Integer> offsets() {
    return Generate.oneOf(
        integers().between(0, clean.length - 1),
        integers().between(0, firstLineEnd - 1),
        integers().between(lastLineStart, clean.length - 1),
        Generate.constant(clean.length - 1),
        Generate.constant(firstLineEnd - 1));
  }

  @Test
  void everySingleByteFlipIsFoundAtTheLineHoldingIt() {
    Path file = dir.resolve("flipped.jsonl");
    theory(300).forAll(offsets(), integers().between(1, 255)).checkAssert((offset, mask) -> {
      byte[] damaged = clean.clone();
      damaged[offset] = (byte) (damaged[offset] ^ mask);
      write(file, damaged);
      long line = lineOf(offset);

      LedgerAudit audit = FileLedgerStore.readForAudit(file);
      LedgerIntegrityException refused = catchThrowableOfType(LedgerIntegrityException.class,
          () -> FileLedgerStore.open(file).close());

      assertThat(audit.verification().isIntact()).as("flip %s at %s", mask, offset).isFalse();
      assertThat(audit.verification().firstBadPosition()).isEqualTo(line);
      assertThat(audit.tornBytes()).isZero();
      assertThat(audit.entries()).isEqualTo(entries.subList(0, (int) line - 1));
      assertThat(refused).as("open must refuse flip %s at %s", mask, offset).isNotNull();
      assertThat(refused.position()).isEqualTo(line);
      assertThat(read(file)).as("neither audit nor a refused open changes the file").isEqualTo(damaged);
    });
  }

  @Test
  void everyFlipOfTheLastNewlineIsTampering() {
    Path file = dir.resolve("last-newline.jsonl");
    for (int mask = 1; mask <= 255; mask++) {
      byte[] damaged = clean.clone();
      damaged[clean.length - 1] = (byte) (damaged[clean.length - 1] ^ mask);
      write(file, damaged);

      LedgerAudit audit = FileLedgerStore.readForAudit(file);

      assertThat(audit.verification().firstBadPosition()).as("mask %s", mask).isEqualTo(entries.size());
      assertThat(audit.tornBytes()).isZero();
    }
  }

  @Test
  void aFlipFoundWhileOpenIsReportedByVerify() {
    Path file = dir.resolve("open-then-flipped.jsonl");
    write(file, clean);
    try (FileLedgerStore store = FileLedgerStore.open(file)) {
      theory(60).forAll(offsets(), integers().between(1, 255)).checkAssert((offset, mask) -> {
        byte[] damaged = clean.clone();
        damaged[offset] = (byte) (damaged[offset] ^ mask);
        write(file, damaged);

        VerificationResult result = store.verify();

        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBadPosition()).isEqualTo(lineOf(offset));
      });
    }
  }

  @Test
  void aTruncatedFileLosesOnlyItsTornLastLine() {
    Path file = dir.resolve("truncated.jsonl");
    theory(100).forAll(integers().between(0, clean.length)).checkAssert(length -> {
      write(file, Arrays.copyOf(clean, length));
      int whole = length == 0 ? 0 : lastIndexOf(clean, length - 1) + 1;
      long lines = lineOf(whole);

      try (FileLedgerStore store = FileLedgerStore.open(file)) {
        assertThat(store.size()).isEqualTo(lines - 1);
        assertThat(store.recoveredTornBytes()).isEqualTo((long) (length - whole));
        assertThat(store.headHash()).isEqualTo(lines == 1 ? LedgerFormat.GENESIS : entries.get((int) lines - 2).hash());
      }
      assertThat(read(file)).isEqualTo(Arrays.copyOf(clean, whole));
    });
  }

  @Test
  void anyPartOfANextLineIsCutOffAndAppendsContinue() {
    Path file = dir.resolve("partial.jsonl");
    LedgerEntry last = entries.get(entries.size() - 1);
    LedgerEntry next = LedgerFormat.entry(last.position() + 1, last.hash(),
        LedgerRecord.of(LedgerFixtures.event("E-next", LedgerFixtures.OTHER_CHILD,
            io.coproduce.consent.event.ConsentAction.REFUSED, LedgerFixtures.at(60 * 24 * 365), LedgerFixtures.VIDEO)));
    byte[] line = LedgerFormat.line(next);
    theory(40).forAll(integers().between(1, line.length - 1)).checkAssert(length -> {
      byte[] torn = Arrays.copyOf(clean, clean.length + length);
      System.arraycopy(line, 0, torn, clean.length, length);
      write(file, torn);

      try (FileLedgerStore store = FileLedgerStore.open(file)) {
        assertThat(store.recoveredTornBytes()).isEqualTo((long) length);
        assertThat(store.size()).isEqualTo(entries.size());
        try (ConsentLedger ledger = ConsentLedger.open(store)) {
          assertThat(ledger.append(next.record().event().orElseThrow())).isEqualTo(next);
        }
      }
      byte[] expected = Arrays.copyOf(clean, clean.length + line.length);
      System.arraycopy(line, 0, expected, clean.length, line.length);
      assertThat(read(file)).isEqualTo(expected);
    });
  }

  @Test
  void verifyingInSegmentsFindsExactlyWhatOnePassFinds() {
    Path file = dir.resolve("segments.jsonl");
    theory(300).forAll(offsets(), integers().between(0, 255), integers().between(2, 9)).checkAssert((offset, mask, segments) -> {
      byte[] damaged = clean.clone();
      damaged[offset] = (byte) (damaged[offset] ^ mask);
      write(file, damaged);

      VerificationResult onePass = FileLedgerStore.verifyInSegments(file, 1);
      VerificationResult stitched = FileLedgerStore.verifyInSegments(file, segments);

      assertThat(stitched).as("mask %s at %s in %s segments", mask, offset, segments).isEqualTo(onePass);
      assertThat(onePass.isIntact()).isEqualTo(mask == 0);
    });
  }

  @Test
  void verifyingInSegmentsFindsDroppedSwappedAndTruncatedLines() {
    Path file = dir.resolve("segments-edits.jsonl");
    List<byte[]> lines = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < clean.length; i++) {
      if (clean[i] == '\n') {
        lines.add(Arrays.copyOfRange(clean, from, i + 1));
        from = i + 1;
      }
    }
    theory(200).forAll(integers().between(0, lines.size() - 1), integers().between(0, lines.size() - 1),
        integers().between(0, 3), integers().between(2, 9)).checkAssert((a, b, edit, segments) -> {
      List<byte[]> edited = new ArrayList<>(lines);
      switch (edit) {
        case 0 -> edited.remove((int) a);
        case 1 -> java.util.Collections.swap(edited, a, b);
        case 2 -> edited.add(a, lines.get(b));
        default -> edited.set(a, Arrays.copyOf(lines.get(a), lines.get(a).length / 2));
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      edited.forEach(out::writeBytes);
      write(file, out.toByteArray());

      assertThat(FileLedgerStore.verifyInSegments(file, segments))
          .isEqualTo(FileLedgerStore.verifyInSegments(file, 1));
    });
  }

  @Test
  void verifyingAnEmptyOrCleanFileInSegments() {
    Path empty = dir.resolve("segments-empty.jsonl");
    write(empty, new byte[0]);
    assertThat(FileLedgerStore.verifyInSegments(empty, 4)).isEqualTo(VerificationResult.intact(0, LedgerFormat.GENESIS));
    Path file = dir.resolve("segments-clean.jsonl");
    write(file, clean);
    assertThat(FileLedgerStore.verifyInSegments(file, 8))
        .isEqualTo(VerificationResult.intact(entries.size(), entries.get(entries.size() - 1).hash()));
  }

  @Test
  void theWordAtATimeNewlineSearchAgreesWithAPlainOne() {
    theory(2000).forAll(org.quicktheories.generators.SourceDSL.lists()
            .of(integers().between(0, 255)).ofSizeBetween(0, 70),
        integers().between(0, 70), integers().between(0, 70)).checkAssert((values, a, b) -> {
      byte[] bytes = new byte[values.size()];
      for (int i = 0; i < bytes.length; i++) {
        // Newlines and their neighbours (0x09, 0x0B, 0x8A) often, to catch a wrong byte position.
        int v = values.get(i);
        bytes[i] = (byte) (v < 60 ? 0x0A : v < 80 ? 0x0B : v < 100 ? 0x8A : v);
      }
      int from = Math.min(a, bytes.length);
      int to = Math.max(from, Math.min(b, bytes.length));
      int expected = -1;
      for (int i = from; i < to; i++) {
        if (bytes[i] == '\n') {
          expected = i;
          break;
        }
      }
      assertThat(FileLedgerStore.newline(bytes, from, to)).isEqualTo(expected);
    });
  }

  /** The 1-based line holding the byte at {@code offset} (a newline belongs to the line it ends). */
  private static long lineOf(int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (clean[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The last newline at or before {@code from}, or -1. */
  private static int lastIndexOf(byte[] bytes, int from) {
    for (int i = from; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
