package io.coproduce.consent.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes on disk, read as a consent ledger file: {@link FileLedgerStore#readForAudit(Path)}
 * reports what verified and where the first bad entry is, and {@link FileLedgerStore#open(Path)}
 * either opens (then everything verified, and a torn tail was cut) or refuses with a {@link
 * LedgerIntegrityException} at the same position; one pass and segmented verification agree.
 * Nothing else may escape. In a normal build this replays the inputs under {@code
 * LedgerFileFuzzTestInputs}; set {@code JAZZER_FUZZ=1} to fuzz.
 */
class LedgerFileFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void anyFileIsReadForAuditOrRefusedAtItsFirstBadEntry(byte[] contents) throws IOException {
    Path dir = Files.createTempDirectory("ledger-fuzz");
    Path file = dir.resolve("ledger.jsonl");
    try {
      Files.write(file, contents);

      LedgerAudit audit = FileLedgerStore.readForAudit(file);
      VerificationResult found = audit.verification();
      assertThat(FileLedgerStore.verifyInSegments(file, 3)).isEqualTo(found);
      assertThat(audit.entries()).hasSize((int) found.entriesChecked());
      assertThat(Files.readAllBytes(file)).isEqualTo(contents);

      if (found.isIntact()) {
        try (FileLedgerStore store = FileLedgerStore.open(file)) {
          assertThat(store.size()).isEqualTo(found.entriesChecked());
          assertThat(store.recoveredTornBytes()).isEqualTo(audit.tornBytes());
          assertThat(store.headHash()).isEqualTo(found.headHash());
        }
      } else {
        try {
          FileLedgerStore.open(file).close();
          throw new AssertionError("a file that does not verify was opened");
        } catch (LedgerIntegrityException refused) {
          assertThat(refused.position()).isEqualTo(found.firstBadPosition());
        }
      }
    } catch (UncheckedIOException e) {
      throw new AssertionError("no I/O failure is expected on a temporary file", e);
    } finally {
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
