package io.coproduce.examples.ledgercheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.ledger.FileLedgerStore;
import io.coproduce.examples.SampleLedger;
import io.coproduce.examples.ledgercheck.LedgerFileCheck.Result;
import io.coproduce.examples.ledgercheck.LedgerFileCheck.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerFileCheckTest {

  @TempDir
  Path dir;

  private Path ledger(int entries) {
    return SampleLedger.write(dir.resolve("consent-ledger.jsonl"), entries);
  }

  @Test
  void anIntactLedgerWrittenByTheFileStoreVerifies() {
    Path file = ledger(3);

    Result r = LedgerFileCheck.check(file);

    assertThat(r.status()).isEqualTo(Status.INTACT);
    assertThat(r.isIntact()).isTrue();
    assertThat(r.entries()).isEqualTo(3);
    assertThat(r.badLine()).isZero();
    assertThat(r.badOffset()).isEqualTo(-1);
    assertThat(r.message()).contains("intact, 3 entries, head hash " + FileLedgerStore.readForAudit(file)
        .verification().headHash());
  }

  @Test
  void oneFlippedByteNamesItsLineAndWhereTheLineStarts() throws IOException {
    Path file = ledger(4);
    int line3 = SampleLedger.startOfLine(file, 3);
    SampleLedger.flipByte(file, line3 + 40);

    Result r = LedgerFileCheck.check(file);

    assertThat(r.status()).isEqualTo(Status.BROKEN);
    assertThat(r.badLine()).isEqualTo(3);
    assertThat(r.badOffset()).isEqualTo(line3);
    assertThat(r.entries()).isEqualTo(2);
    assertThat(r.message()).contains("NOT intact at line 3 (byte " + line3 + ")").contains("the 2 entries before it verify");
  }

  @Test
  void everySingleByteEditIsFoundAtTheLineHoldingThatByte() throws IOException {
    Path file = ledger(2);
    byte[] original = Files.readAllBytes(file);
    for (int offset = 0; offset < original.length; offset++) {
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (original[i] == '\n') {
          line++;
        }
      }
      Files.write(file, original);
      SampleLedger.flipByte(file, offset);

      Result r = LedgerFileCheck.check(file);

      assertThat(r.status()).as("byte %s", offset).isEqualTo(Status.BROKEN);
      assertThat(r.badLine()).as("byte %s", offset).isEqualTo(line);
    }
  }

  @Test
  void aDamagedFirstLineSaysNoEntryBeforeItVerified() throws IOException {
    Path file = ledger(2);
    SampleLedger.flipByte(file, 5);

    Result r = LedgerFileCheck.check(file);

    assertThat(r.badLine()).isEqualTo(1);
    assertThat(r.badOffset()).isZero();
    assertThat(r.message()).contains("line 1 (byte 0)").contains("no entry before it verified");
  }

  @Test
  void aDroppedLineIsNamed() throws IOException {
    Path file = ledger(3);
    byte[] bytes = Files.readAllBytes(file);
    int from = SampleLedger.startOfLine(file, 2);
    int to = SampleLedger.startOfLine(file, 3);
    byte[] dropped = new byte[bytes.length - (to - from)];
    System.arraycopy(bytes, 0, dropped, 0, from);
    System.arraycopy(bytes, to, dropped, from, bytes.length - to);
    Files.write(file, dropped);

    Result r = LedgerFileCheck.check(file);

    assertThat(r.badLine()).isEqualTo(2);
    assertThat(r.message()).contains("says it is entry 3");
  }

  /** A torn last line was never acknowledged: reported, but the file still verifies. */
  @Test
  void acceptsATornLastLineAndSaysSo() throws IOException {
    Path file = ledger(2);
    Files.write(file, "{\"position\":3".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);

    Result r = LedgerFileCheck.check(file);

    assertThat(r.status()).isEqualTo(Status.INTACT);
    assertThat(r.entries()).isEqualTo(2);
    assertThat(r.message()).contains("torn last line of 13 bytes after entry 2");
  }

  @Test
  void aFileThatIsNotALedgerFailsAtLineOne() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "hello\nworld\n");

    Result r = LedgerFileCheck.check(file);

    assertThat(r.status()).isEqualTo(Status.BROKEN);
    assertThat(r.badLine()).isEqualTo(1);
  }

  @Test
  void refusesWhatCannotBeVerified() throws IOException {
    assertThat(LedgerFileCheck.check(dir.resolve("missing.jsonl")))
        .satisfies(r -> assertThat(r.status()).isEqualTo(Status.UNUSABLE))
        .satisfies(r -> assertThat(r.message()).endsWith("missing.jsonl: no such file"));
    assertThat(LedgerFileCheck.check(dir).message()).endsWith(": is a directory, not a ledger file");
    Path empty = Files.createFile(dir.resolve("empty.jsonl"));
    assertThat(LedgerFileCheck.check(empty).message()).endsWith("empty.jsonl: is empty, so there is no entry to verify");
    Path file = Files.writeString(dir.resolve("plain"), "x");
    assertThat(LedgerFileCheck.check(file.resolve("under-a-file.jsonl")).status()).isEqualTo(Status.UNUSABLE);
  }

  @Test
  void findsTheStartOfALine() throws IOException {
    Path file = Files.writeString(dir.resolve("lines"), "ab\ncde\nf\n");

    assertThat(LedgerFileCheck.offsetOfLine(file, 1)).isZero();
    assertThat(LedgerFileCheck.offsetOfLine(file, 2)).isEqualTo(3);
    assertThat(LedgerFileCheck.offsetOfLine(file, 3)).isEqualTo(7);
    assertThat(LedgerFileCheck.offsetOfLine(file, 9)).isEqualTo(9);
    assertThat(LedgerFileCheck.offsetOfLine(dir.resolve("gone"), 2)).isEqualTo(-1);
  }

  @Test
  void aResultHasABadLineExactlyWhenBroken() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Result(Status.BROKEN, "m", 0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Result(Status.INTACT, "m", 0, 2, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
