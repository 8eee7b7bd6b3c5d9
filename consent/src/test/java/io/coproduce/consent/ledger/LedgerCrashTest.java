package io.coproduce.consent.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process-level crash test: a child JVM ({@link LedgerAppendChild}) appends to a file ledger
 * and acknowledges each append on stdout once {@code append} has returned; the parent kills it
 * with {@code destroyForcibly()} (SIGKILL) at a seeded random moment, then checks that every
 * acknowledged entry is in the file with the expected event, that the file verifies, and that
 * appends continue. Rounds repeat on the same file. A kill rarely tears a line (the kernel keeps
 * what a killed process wrote), so some rounds also leave a simulated torn write, the prefix of
 * the next line, as a power cut would, for the next opener to cut off.
 */
class LedgerCrashTest {

  private static final Pattern ACK = Pattern.compile("ack (\\d+) E-\\1");
  private static final String EOF = "\u0000eof";

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void everyAcknowledgedAppendSurvivesAKillAndAppendsContinue() throws Exception {
    Path file = dir.resolve("crash.jsonl");
    Random random = new Random(20261201L);
    Map<Long, String> acknowledged = new TreeMap<>();
    long expectedTornAtStart = 0;
    List<String> summary = new ArrayList<>();
    for (int round = 1; round <= 3; round++) {
      int killAfter = 200 + random.nextInt(1001);
      Path stderr = dir.resolve("child-" + round + ".err");
      Process child = start(file, stderr);
      BlockingQueue<String> lines = readLines(child);

      String ready = next(lines, child, stderr);
      if (!ready.startsWith("ready ")) {
        fail("the child did not start, exit " + child.waitFor() + ":\n" + Files.readString(stderr));
      }
      String[] readyParts = ready.split(" ");
      long sizeAtStart = Long.parseLong(readyParts[1]);
      long tornAtStart = Long.parseLong(readyParts[2]);
      assertThat(sizeAtStart).isGreaterThanOrEqualTo(acknowledged.size());
      assertThat(tornAtStart).as("the child cut off the torn last line").isEqualTo(expectedTornAtStart);

      int acks = 0;
      while (acks < killAfter) {
        String line = next(lines, child, stderr);
        if (line.equals(EOF)) {
          fail("the child stopped by itself after " + acks + " acknowledgements, exit "
              + child.waitFor() + ":\n" + Files.readString(stderr));
        }
        acks += acknowledge(line, acknowledged) ? 1 : 0;
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child died").isTrue();
      int drained = 0;
      for (String line = lines.poll(10, TimeUnit.SECONDS); line != null && !line.equals(EOF);
          line = lines.poll(10, TimeUnit.SECONDS)) {
        // Printed after append returned, before the kill: acknowledged too.
        drained += acknowledge(line, acknowledged) ? 1 : 0;
      }

      LedgerAudit audit = FileLedgerStore.readForAudit(file);
      assertThat(audit.verification().isIntact()).as(audit.verification().describe()).isTrue();
      assertEveryAcknowledgementHeld(audit, acknowledged);
      summary.add("round " + round + ": killed after " + acks + " acks (+" + drained + " read after the kill), "
          + audit.entries().size() + " entries in the file, torn bytes at start " + tornAtStart
          + ", torn after the kill " + audit.tornBytes());

      expectedTornAtStart = audit.tornBytes();
      if (round != 2 && audit.tornBytes() == 0) {
        expectedTornAtStart = appendTornWrite(file, audit, random);
      }
    }

    // Reopen in this process: the torn tail goes, every acknowledged entry stays, appends continue.
    long expectedTorn = FileLedgerStore.readForAudit(file).tornBytes();
    long size;
    String head;
    try (FileLedgerStore store = FileLedgerStore.open(file); ConsentLedger ledger = ConsentLedger.open(store)) {
      assertThat(store.recoveredTornBytes()).isEqualTo(expectedTorn);
      summary.add("final open: recovered " + store.recoveredTornBytes() + " torn bytes");
      assertThat(ledger.size()).isGreaterThanOrEqualTo(acknowledged.size());
      for (int i = 0; i < 50; i++) {
        ledger.append(LedgerAppendChild.eventNumber(ledger.size() + 1));
      }
      size = ledger.size();
      head = ledger.headHash();
      assertThat(ledger.verify()).isEqualTo(VerificationResult.intact(size, head));
    }
    try (ConsentLedger reopened = ConsentLedger.open(FileLedgerStore.open(file))) {
      assertThat(reopened.size()).isEqualTo(size);
      assertThat(reopened.headHash()).isEqualTo(head);
      assertThat(reopened.verify().isIntact()).isTrue();
    }
    LedgerAudit last = FileLedgerStore.readForAudit(file);
    assertEveryAcknowledgementHeld(last, acknowledged);
    assertThat(last.tornBytes()).isZero();
    System.out.println("LedgerCrashTest: " + String.join("; ", summary));
  }

  private static boolean acknowledge(String line, Map<Long, String> acknowledged) {
    Matcher m = ACK.matcher(line);
    if (!m.matches()) {
      return false;
    }
    long position = Long.parseLong(m.group(1));
    assertThat(acknowledged.put(position, "E-" + position)).as("acknowledged twice: %s", position).isNull();
    return true;
  }

  private static void assertEveryAcknowledgementHeld(LedgerAudit audit, Map<Long, String> acknowledged) {
    List<LedgerEntry> entries = audit.entries();
    for (Map.Entry<Long, String> ack : acknowledged.entrySet()) {
      long position = ack.getKey();
      assertThat(entries.size()).as("entry %s was acknowledged", position).isGreaterThanOrEqualTo((int) position);
      LedgerEntry entry = entries.get((int) position - 1);
      assertThat(entry.position()).isEqualTo(position);
      assertThat(entry.record().idText()).isEqualTo(ack.getValue());
      assertThat(entry.record().event()).contains(LedgerAppendChild.eventNumber(position));
    }
  }

  /** Appends a prefix of the line the next append would write, as a torn write leaves. */
  private static long appendTornWrite(Path file, LedgerAudit audit, Random random) throws IOException {
    List<LedgerEntry> entries = audit.entries();
    long position = entries.size() + 1;
    String previous = entries.isEmpty() ? LedgerFormat.GENESIS : entries.get(entries.size() - 1).hash();
    byte[] line = LedgerFormat.line(LedgerFormat.entry(position, previous,
        LedgerRecord.of(LedgerAppendChild.eventNumber(position))));
    int length = 1 + random.nextInt(line.length - 1);
    byte[] prefix = new byte[length];
    System.arraycopy(line, 0, prefix, 0, length);
    Files.write(file, prefix, StandardOpenOption.APPEND);
    return length;
  }

  private static Process start(Path file, Path stderr) throws IOException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Xshare:auto", "-cp", classPath, LedgerAppendChild.class.getName(), file.toString(), "60");
    builder.redirectError(stderr.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.PIPE);
    return builder.start();
  }

  /** Reads the child's stdout on a thread of its own, ending with {@link #EOF}. */
  private static BlockingQueue<String> readLines(Process child) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        // The pipe closes when the child is killed.
      } finally {
        lines.add(EOF);
      }
    }, "ledger-child-stdout");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  private static String next(BlockingQueue<String> lines, Process child, Path stderr) throws Exception {
    String line = lines.poll(30, TimeUnit.SECONDS);
    if (line == null) {
      child.destroyForcibly();
      fail("the child said nothing for 30 s:\n" + Files.readString(stderr));
    }
    return line;
  }
}
