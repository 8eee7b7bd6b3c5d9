package io.coproduce.consent.ledger;

import static io.coproduce.consent.ledger.LedgerFixtures.PHOTOS;
import static io.coproduce.consent.ledger.LedgerFixtures.at;
import static io.coproduce.consent.ledger.LedgerFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.core.id.PersonId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileLedgerStoreTest {

  @TempDir
  Path dir;

  private Path file() {
    return dir.resolve("consent.jsonl");
  }

  /** A closed ledger file of {@code n} events, E-1..E-n, alternating between two young people. */
  private List<LedgerEntry> writeLedger(Path file, int n) {
    try (ConsentLedger ledger = ConsentLedger.open(FileLedgerStore.open(file))) {
      List<LedgerRecord> records = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        records.add(LedgerRecord.of(eventNumber(i)));
      }
      return ledger.appendAll(records);
    }
  }

  private static ConsentEvent eventNumber(int i) {
    ConsentAction action = ConsentAction.values()[i % ConsentAction.values().length];
    return event("E-" + i, PersonId.parse("C-" + (i % 2)), action, at(i), PHOTOS);
  }

  private static List<String> lines(Path file) throws IOException {
    return new ArrayList<>(Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
  }

  private static void writeLines(Path file, List<String> lines) throws IOException {
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
  }

  // ---- round trips ------------------------------------------------------------------------

  @Test
  void createsAnEmptyLedgerFile() {
    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      assertThat(Files.exists(file())).isTrue();
      assertThat(store.path()).isEqualTo(file());
      assertThat(store.size()).isZero();
      assertThat(store.headHash()).isEqualTo(LedgerFormat.GENESIS);
      assertThat(store.recoveredTornBytes()).isZero();
      assertThat(store.verify()).isEqualTo(VerificationResult.intact(0, LedgerFormat.GENESIS));
    }
  }

  @Test
  void reopensWithTheSameEntriesAndHead() throws IOException {
    List<LedgerEntry> written = writeLedger(file(), 12);

    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      List<LedgerEntry> replayed = new ArrayList<>();
      store.replay(replayed::add);

      assertThat(store.size()).isEqualTo(12);
      assertThat(store.headHash()).isEqualTo(written.get(11).hash());
      assertThat(store.recoveredTornBytes()).isZero();
      assertThat(replayed).isEqualTo(written);
      for (int i = 0; i < 12; i++) {
        assertThat(replayed.get(i).recordJson()).isEqualTo(written.get(i).recordJson());
        assertThat(replayed.get(i).record()).isEqualTo(LedgerRecord.of(eventNumber(i + 1)));
      }
      assertThat(store.verify()).isEqualTo(VerificationResult.intact(12, written.get(11).hash()));
    }
    List<String> lines = lines(file());
    assertThat(lines).hasSize(13);
    assertThat(lines.get(12)).as("the file ends with a newline").isEmpty();
    assertThat(lines.get(0)).isEqualTo(new String(LedgerFormat.line(written.get(0)), StandardCharsets.UTF_8).strip());
  }

  @Test
  void appendsAfterReopeningContinueTheChain() {
    List<LedgerEntry> written = writeLedger(file(), 3);
    try (ConsentLedger ledger = ConsentLedger.open(FileLedgerStore.open(file()))) {
      LedgerEntry next = ledger.append(eventNumber(4));
      assertThat(next.position()).isEqualTo(4);
      assertThat(next.previousHash()).isEqualTo(written.get(2).hash());
    }
    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      assertThat(store.size()).isEqualTo(4);
      assertThat(store.verify().isIntact()).isTrue();
    }
  }

  @Test
  void writesStraightToTheStoreAndSyncs() {
    LedgerEntry first = LedgerFormat.entry(1, LedgerFormat.GENESIS, LedgerRecord.of(eventNumber(1)));
    LedgerEntry second = LedgerFormat.entry(2, first.hash(), LedgerRecord.of(eventNumber(2)));
    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      store.write(List.of());
      assertThat(store.size()).isZero();
      store.write(List.of(first));
      store.sync(1);
      store.sync(1);
      store.write(List.of(second));
      assertThat(store.size()).isEqualTo(2);
      assertThat(store.headHash()).isEqualTo(second.hash());
      store.sync(2);
      assertThatThrownBy(() -> store.write(List.of(first)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("entries must be written in position order");
    }
    assertThat(FileLedgerStore.readForAudit(file()).entries()).containsExactly(first, second);
  }

  @Test
  void refusesWritesOnceClosedAndClosesOnlyOnce() {
    FileLedgerStore store = FileLedgerStore.open(file());
    store.close();
    store.close();

    assertThatThrownBy(() -> store.write(List.of(LedgerFormat.entry(1, LedgerFormat.GENESIS,
        LedgerRecord.of(eventNumber(1)))))).isInstanceOf(IllegalStateException.class)
        .hasMessage("consent ledger file is closed");
    assertThatThrownBy(() -> store.sync(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void cannotOpenAFileInAMissingDirectory() {
    assertThatThrownBy(() -> FileLedgerStore.open(dir.resolve("missing").resolve("consent.jsonl")))
        .isInstanceOf(UncheckedIOException.class).hasMessage("cannot open consent ledger file");
    assertThatThrownBy(() -> FileLedgerStore.readForAudit(dir.resolve("absent.jsonl")))
        .isInstanceOf(UncheckedIOException.class).hasMessage("no consent ledger file there");
  }

  // ---- group commit -----------------------------------------------------------------------

  @Test
  void concurrentAppendersShareFlushesAndLoseNothing() throws Exception {
    int threads = 8;
    int perThread = 500;
    List<LedgerEntry> acknowledged = Collections.synchronizedList(new ArrayList<>());
    try (ConsentLedger ledger = ConsentLedger.open(FileLedgerStore.open(file()))) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            PersonId subject = PersonId.parse("C-" + thread + "-" + i);
            acknowledged.add(ledger.append(event("E-" + thread + "-" + i, subject, ConsentAction.GIVEN, at(i), PHOTOS)));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(ledger.size()).isEqualTo(threads * perThread);
    }

    LedgerAudit audit = FileLedgerStore.readForAudit(file());
    assertThat(audit.verification().isIntact()).isTrue();
    assertThat(audit.verification().entriesChecked()).isEqualTo(threads * perThread);
    assertThat(audit.tornBytes()).isZero();
    Map<Long, String> byPosition = new HashMap<>();
    for (LedgerEntry e : audit.entries()) {
      byPosition.put(e.position(), e.record().idText());
    }
    assertThat(acknowledged).hasSize(threads * perThread);
    for (LedgerEntry ack : acknowledged) {
      assertThat(byPosition.get(ack.position())).isEqualTo(ack.record().idText());
    }
    assertThat(audit.entries()).containsExactlyInAnyOrderElementsOf(acknowledged);
  }

  // ---- torn last lines --------------------------------------------------------------------

  @Test
  void cutsOffALastLineTornMidWrite() throws IOException {
    List<LedgerEntry> written = writeLedger(file(), 5);
    long endOfFourth = lineEnd(file(), 4);
    try (var channel = java.nio.channels.FileChannel.open(file(), StandardOpenOption.WRITE)) {
      channel.truncate(endOfFourth + 40);
    }

    try (ConsentLedger ledger = ConsentLedger.open(FileLedgerStore.open(file()))) {
      assertThat(ledger.size()).isEqualTo(4);
      assertThat(ledger.headHash()).isEqualTo(written.get(3).hash());
      assertThat(Files.size(file())).isEqualTo(endOfFourth);
      LedgerEntry next = ledger.append(eventNumber(5));
      assertThat(next).isEqualTo(written.get(4));
    }
    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      assertThat(store.size()).isEqualTo(5);
      assertThat(store.recoveredTornBytes()).isZero();
    }
  }

  @Test
  void reportsHowManyTornBytesItRemoved() throws IOException {
    writeLedger(file(), 5);
    long endOfFourth = lineEnd(file(), 4);
    try (var channel = java.nio.channels.FileChannel.open(file(), StandardOpenOption.WRITE)) {
      channel.truncate(endOfFourth + 40);
    }

    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      assertThat(store.recoveredTornBytes()).isEqualTo(40);
      assertThat(store.size()).isEqualTo(4);
    }
  }

  @Test
  void cutsOffPartialBytesAppendedAfterTheLastLine() throws IOException {
    List<LedgerEntry> written = writeLedger(file(), 3);
    byte[] partial = "{\"position\":4,\"previous\":\"".getBytes(StandardCharsets.US_ASCII);
    Files.write(file(), partial, StandardOpenOption.APPEND);

    try (ConsentLedger ledger = ConsentLedger.open(FileLedgerStore.open(file()))) {
      assertThat(ledger.size()).isEqualTo(3);
      assertThat(ledger.headHash()).isEqualTo(written.get(2).hash());
      ledger.append(eventNumber(4));
    }
    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      assertThat(store.size()).isEqualTo(4);
      assertThat(store.verify().isIntact()).isTrue();
    }
  }

  @Test
  void aLastLineMissingOnlyItsNewlineIsTorn() throws IOException {
    List<LedgerEntry> written = writeLedger(file(), 3);
    long size = Files.size(file());
    try (var channel = java.nio.channels.FileChannel.open(file(), StandardOpenOption.WRITE)) {
      channel.truncate(size - 1);
    }

    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      assertThat(store.size()).isEqualTo(2);
      assertThat(store.headHash()).isEqualTo(written.get(1).hash());
      assertThat(store.recoveredTornBytes()).isEqualTo(size - 1 - lineEnd(file(), 2));
    }
  }

  @Test
  void aSingleStrayByteAfterTheLastLineIsTorn() throws IOException {
    writeLedger(file(), 2);
    Files.write(file(), new byte[] {'{'}, StandardOpenOption.APPEND);

    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      assertThat(store.size()).isEqualTo(2);
      assertThat(store.recoveredTornBytes()).isEqualTo(1);
    }
  }

  @Test
  void aCompleteLastLineWhoseNewlineWasChangedIsTamperingNotATornWrite() throws IOException {
    List<LedgerEntry> written = writeLedger(file(), 3);
    byte[] bytes = Files.readAllBytes(file());
    bytes[bytes.length - 1] = ' ';
    Files.write(file(), bytes);

    LedgerIntegrityException e = catchThrowableOfType(LedgerIntegrityException.class,
        () -> FileLedgerStore.open(file()));
    LedgerAudit audit = FileLedgerStore.readForAudit(file());

    assertThat(e.position()).isEqualTo(3);
    assertThat(e).hasMessage("consent ledger does not verify at entry 3: the newline ending the entry was"
        + " changed; open it for audit to read what is there");
    assertThat(audit.verification()).isEqualTo(
        VerificationResult.badAt(3, "the newline ending the entry was changed", written.get(1).hash()));
    assertThat(audit.tornBytes()).isZero();
    assertThat(audit.entries()).isEqualTo(written.subList(0, 2));
    assertThat(Files.readAllBytes(file())).as("the file is left as it was").isEqualTo(bytes);
  }

  @Test
  void readForAuditReportsATornLineWithoutRemovingIt() throws IOException {
    List<LedgerEntry> written = writeLedger(file(), 3);
    Files.write(file(), "{\"position\":4".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
    byte[] before = Files.readAllBytes(file());

    LedgerAudit audit = FileLedgerStore.readForAudit(file());

    assertThat(audit.tornBytes()).isEqualTo(13);
    assertThat(audit.verification()).isEqualTo(VerificationResult.intact(3, written.get(2).hash()));
    assertThat(audit.entries()).isEqualTo(written);
    assertThat(Files.readAllBytes(file())).isEqualTo(before);
  }

  // ---- tampering --------------------------------------------------------------------------

  static Stream<Arguments> edits() {
    return Stream.of(
        Arguments.of("a changed record byte", (UnaryOperator<List<String>>) l -> {
          l.set(2, l.get(2).replace("\"E-3\"", "\"E-9\""));
          return l;
        }, 3L, "the hash does not match the entry's content"),
        Arguments.of("a changed record byte that keeps the JSON valid", (UnaryOperator<List<String>>) l -> {
          l.set(4, l.get(4).replace("GB-ENG", "GB-WLS"));
          return l;
        }, 5L, "the hash does not match the entry's content"),
        Arguments.of("a changed hash", (UnaryOperator<List<String>>) l -> {
          l.set(2, flipHex(l.get(2), l.get(2).indexOf("\"hash\":\"") + 8));
          return l;
        }, 3L, "the hash does not match the entry's content"),
        Arguments.of("a changed previous hash", (UnaryOperator<List<String>>) l -> {
          l.set(2, flipHex(l.get(2), l.get(2).indexOf("\"previous\":\"") + 12));
          return l;
        }, 3L, "the previous hash does not match the entry before"),
        Arguments.of("two lines swapped", (UnaryOperator<List<String>>) l -> {
          Collections.swap(l, 2, 3);
          return l;
        }, 3L, "the line says it is entry 4 (an entry was dropped, added or moved)"),
        Arguments.of("a dropped line", (UnaryOperator<List<String>>) l -> {
          l.remove(1);
          return l;
        }, 2L, "the line says it is entry 3 (an entry was dropped, added or moved)"),
        Arguments.of("a duplicated line", (UnaryOperator<List<String>>) l -> {
          l.add(3, l.get(3));
          return l;
        }, 5L, "the line says it is entry 4 (an entry was dropped, added or moved)"),
        Arguments.of("a changed position", (UnaryOperator<List<String>>) l -> {
          l.set(5, l.get(5).replace("{\"position\":6,", "{\"position\":7,"));
          return l;
        }, 6L, "the line says it is entry 7 (an entry was dropped, added or moved)"),
        Arguments.of("a position with a leading zero", (UnaryOperator<List<String>>) l -> {
          l.set(0, l.get(0).replace("{\"position\":1,", "{\"position\":01,"));
          return l;
        }, 1L, "the line has no valid position"),
        Arguments.of("two lines joined", (UnaryOperator<List<String>>) l -> {
          l.set(1, l.get(1) + l.remove(2));
          return l;
        }, 2L, "the hash does not match the entry's content"),
        Arguments.of("a line that is not an entry", (UnaryOperator<List<String>>) l -> {
          l.add(2, "{\"note\":\"hello\"}");
          return l;
        }, 3L, "the line does not start with {\"position\":"),
        Arguments.of("an empty line", (UnaryOperator<List<String>>) l -> {
          l.add(6, "");
          return l;
        }, 7L, "the line does not start with {\"position\":"));
  }

  @ParameterizedTest(name = "{0} is found at entry {2}")
  @MethodSource("edits")
  void namesTheFirstBadPositionOfEachKindOfEdit(
      String name, UnaryOperator<List<String>> edit, long position, String problem) throws IOException {
    List<LedgerEntry> written = writeLedger(file(), 8);
    writeLines(file(), edit.apply(lines(file())));
    byte[] tampered = Files.readAllBytes(file());

    LedgerIntegrityException refused = catchThrowableOfType(LedgerIntegrityException.class,
        () -> FileLedgerStore.open(file()));
    LedgerAudit audit = FileLedgerStore.readForAudit(file());

    assertThat(refused).as(name).isNotNull();
    assertThat(refused.position()).isEqualTo(position);
    assertThat(refused).hasMessage("consent ledger does not verify at entry " + position + ": " + problem
        + "; open it for audit to read what is there");
    assertThat(audit.verification().firstBadPosition()).isEqualTo(position);
    assertThat(audit.verification().problem()).isEqualTo(problem);
    assertThat(audit.verification().entriesChecked()).isEqualTo(position - 1);
    String headBefore = position == 1 ? LedgerFormat.GENESIS : written.get((int) position - 2).hash();
    assertThat(audit.verification().headHash()).isEqualTo(headBefore);
    assertThat(audit.entries()).isEqualTo(written.subList(0, (int) position - 1));
    assertThat(Files.readAllBytes(file())).as("reading for audit changes nothing").isEqualTo(tampered);
  }

  @Test
  void anEditWithItsOwnHashRecomputedIsFoundAtTheNextEntry() throws IOException {
    List<LedgerEntry> written = writeLedger(file(), 6);
    List<String> lines = lines(file());
    lines.set(3, rehashed(lines.get(3), "\"E-4\"", "\"E-40\""));
    writeLines(file(), lines);

    LedgerAudit audit = FileLedgerStore.readForAudit(file());

    assertThat(audit.verification().firstBadPosition()).isEqualTo(5);
    assertThat(audit.verification().problem()).isEqualTo("the previous hash does not match the entry before");
    assertThat(audit.entries()).hasSize(4);
    assertThat(audit.entries().subList(0, 3)).isEqualTo(written.subList(0, 3));
    assertThat(audit.entries().get(3).record().idText()).isEqualTo("E-40");
    assertThat(audit.verification().headHash()).isEqualTo(audit.entries().get(3).hash())
        .isNotEqualTo(written.get(3).hash());
  }

  @Test
  void droppingTheLastLineIsNotDetectableWithoutAnAnchoredHead() throws IOException {
    List<LedgerEntry> written = writeLedger(file(), 4);
    List<String> lines = lines(file());
    lines.remove(3);
    writeLines(file(), lines);

    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      assertThat(store.size()).isEqualTo(3);
      assertThat(store.headHash())
          .as("only a published head hash shows the loss").isNotEqualTo(written.get(3).hash())
          .isEqualTo(written.get(2).hash());
    }
  }

  @Test
  void aRecordThatIsNotValidIsNamedWhenReadForAudit() throws IOException {
    List<LedgerEntry> written = writeLedger(file(), 3);
    List<String> lines = lines(file());
    lines.set(1, rehashed(lines.get(1), "\"action\":\"", "\"action\":\"X"));
    lines.set(2, rechained(lines.get(2), lines.get(1)));
    writeLines(file(), lines);

    LedgerAudit audit = FileLedgerStore.readForAudit(file());
    LedgerIntegrityException refused;
    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      assertThat(store.size()).as("the chain itself verifies").isEqualTo(3);
      refused = catchThrowableOfType(LedgerIntegrityException.class, () -> ConsentLedger.open(store));
    }

    assertThat(audit.verification().firstBadPosition()).isEqualTo(2);
    assertThat(audit.verification().problem()).startsWith("the record is not valid: ledgerRecord.consentEvent.action");
    assertThat(audit.entries()).containsExactly(written.get(0));
    assertThat(refused.position()).isEqualTo(2);
  }

  @Test
  void verifyFindsTamperingMadeAfterOpening() throws IOException {
    writeLedger(file(), 2);
    try (ConsentLedger ledger = ConsentLedger.open(FileLedgerStore.open(file()))) {
      ledger.append(eventNumber(3));
      ledger.append(eventNumber(4));
      assertThat(ledger.verify().isIntact()).isTrue();

      List<String> lines = lines(file());
      lines.set(2, lines.get(2).replace("\"E-3\"", "\"E-8\""));
      writeLines(file(), lines);

      VerificationResult result = ledger.verify();
      assertThat(result.isIntact()).isFalse();
      assertThat(result.firstBadPosition()).isEqualTo(3);
      assertThat(result.problem()).isEqualTo("the hash does not match the entry's content");
      assertThat(result.entriesChecked()).isEqualTo(2);
    }
  }

  @Test
  void replayRefusesEntriesTamperedAfterOpening() throws IOException {
    writeLedger(file(), 3);
    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      List<String> lines = lines(file());
      lines.set(1, lines.get(1).replace("\"E-2\"", "\"E-7\""));
      writeLines(file(), lines);

      LedgerIntegrityException e = catchThrowableOfType(LedgerIntegrityException.class,
          () -> store.replay(entry -> { }));

      assertThat(e.position()).isEqualTo(2);
    }
  }

  @Test
  void replayGivesOnlyEntriesTheStoreHasWritten() throws IOException {
    List<LedgerEntry> written = writeLedger(file(), 3);
    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      // Another writer appends behind this store's back: its entries are not this store's.
      try (FileLedgerStore other = FileLedgerStore.open(file())) {
        other.write(List.of(LedgerFormat.entry(4, written.get(2).hash(), LedgerRecord.of(eventNumber(4)))));
      }
      List<LedgerEntry> replayed = new ArrayList<>();
      store.replay(replayed::add);

      assertThat(replayed).isEqualTo(written);
    }
  }

  @Test
  void replayRefusesTheLastEntryItWroteWhenTampered() throws IOException {
    writeLedger(file(), 3);
    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      List<String> lines = lines(file());
      lines.set(2, lines.get(2).replace("\"E-3\"", "\"E-7\""));
      writeLines(file(), lines);

      LedgerIntegrityException e = catchThrowableOfType(LedgerIntegrityException.class,
          () -> store.replay(entry -> { }));

      assertThat(e.position()).isEqualTo(3);
    }
  }

  @Test
  void replayIgnoresDamageBeyondWhatTheStoreWrote() throws IOException {
    List<LedgerEntry> written = writeLedger(file(), 3);
    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      Files.write(file(), "{\"not\":\"an entry\"}\n".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
      List<LedgerEntry> replayed = new ArrayList<>();

      store.replay(replayed::add);

      assertThat(replayed).isEqualTo(written);
      assertThat(store.verify().firstBadPosition()).isEqualTo(4);
    }
  }

  @Test
  void reportsAFileThatCannotBeReadAsUncheckedIo() throws IOException {
    writeLedger(file(), 2);
    FileLedgerStore store = FileLedgerStore.open(file());
    try {
      Files.delete(file());

      assertThatThrownBy(store::verify).isInstanceOf(UncheckedIOException.class)
          .hasMessage("cannot read consent ledger file");
      assertThatThrownBy(() -> store.replay(e -> { })).isInstanceOf(UncheckedIOException.class)
          .hasMessage("cannot read consent ledger file");
    } finally {
      store.close();
    }
    assertThatThrownBy(() -> FileLedgerStore.readForAudit(dir)).isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read consent ledger file");
    assertThatThrownBy(() -> FileLedgerStore.open(dir)).isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot open consent ledger file");
  }

  @Test
  void opensAnExistingEmptyFile() throws IOException {
    Files.createFile(file());

    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      assertThat(store.size()).isZero();
      assertThat(store.recoveredTornBytes()).isZero();
    }
  }

  @Test
  void aFileLargerThanOneReadVerifiesAcrossReads() throws IOException {
    List<LedgerEntry> written = new ArrayList<>();
    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      String previous = LedgerFormat.GENESIS;
      for (int i = 1; i <= 9000; i++) {
        LedgerEntry e = LedgerFormat.entry(i, previous, LedgerRecord.of(eventNumber(i)));
        written.add(e);
        previous = e.hash();
      }
      store.write(written);
      store.sync(9000);
    }
    assertThat(Files.size(file())).as("more than the 4 MiB read at once").isGreaterThan(1 << 22);

    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      assertThat(store.size()).isEqualTo(9000);
      assertThat(store.headHash()).isEqualTo(written.get(8999).hash());
    }
    assertThat(FileLedgerStore.readForAudit(file()).entries()).isEqualTo(written);

    byte[] bytes = Files.readAllBytes(file());
    int inEntry8500 = (int) lineEnd(file(), 8499) + 30;
    bytes[inEntry8500] ^= 1;
    Files.write(file(), bytes);
    LedgerAudit audit = FileLedgerStore.readForAudit(file());
    assertThat(audit.verification().firstBadPosition()).isEqualTo(8500);
    assertThat(audit.entries()).hasSize(8499);
    bytes[inEntry8500] ^= 1;

    long endOf8998 = lineEnd(file(), 8998);
    Files.write(file(), java.util.Arrays.copyOf(bytes, (int) endOf8998 + 100));
    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      assertThat(store.size()).isEqualTo(8998);
      assertThat(store.recoveredTornBytes()).isEqualTo(100);
    }
    assertThat(Files.size(file())).isEqualTo(endOf8998);
  }

  @Test
  void aTornTailLongerThanOneReadIsCutOff() throws IOException {
    List<LedgerEntry> written = writeLedger(file(), 2);
    long size = Files.size(file());
    byte[] garbage = new byte[(1 << 22) + 1000];
    java.util.Arrays.fill(garbage, (byte) 'x');
    Files.write(file(), garbage, StandardOpenOption.APPEND);

    try (FileLedgerStore store = FileLedgerStore.open(file())) {
      assertThat(store.recoveredTornBytes()).isEqualTo(garbage.length);
      assertThat(store.size()).isEqualTo(2);
      assertThat(store.headHash()).isEqualTo(written.get(1).hash());
    }
    assertThat(Files.size(file())).isEqualTo(size);
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** The byte offset just after the {@code n}-th newline. */
  static long lineEnd(Path file, int n) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int seen = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' && ++seen == n) {
        return i + 1;
      }
    }
    throw new AssertionError("fewer than " + n + " lines");
  }

  private static String flipHex(String line, int at) {
    char c = line.charAt(at);
    char other = c == '0' ? '1' : '0';
    return line.substring(0, at) + other + line.substring(at + 1);
  }

  /** The line with {@code from} replaced by {@code to} in its record and its own hash recomputed. */
  private static String rehashed(String line, String from, String to) {
    int recordAt = line.indexOf(",\"record\":") + 10;
    String record = line.substring(recordAt, line.length() - 1).replace(from, to);
    long position = Long.parseLong(line.substring(12, line.indexOf(',')));
    String previous = line.substring(line.indexOf("\"previous\":\"") + 12, line.indexOf("\"previous\":\"") + 76);
    String hash = LedgerFormat.hash(position, previous, record.getBytes(StandardCharsets.UTF_8));
    return "{\"position\":" + position + ",\"previous\":\"" + previous + "\",\"hash\":\"" + hash
        + "\",\"record\":" + record + "}";
  }

  /** The line re-chained after {@code before} (its previous hash set and its own hash recomputed). */
  private static String rechained(String line, String before) {
    String previousHash = before.substring(before.indexOf("\"hash\":\"") + 8, before.indexOf("\"hash\":\"") + 72);
    int p = line.indexOf("\"previous\":\"") + 12;
    String relinked = line.substring(0, p) + previousHash + line.substring(p + 64);
    return rehashed(relinked, "", "");
  }
}
