package io.coproduce.consent.ledger;

import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.core.id.PersonId;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The child process of {@link LedgerCrashTest}: opens a file ledger and appends events until it is
 * killed, printing {@code ack <position> <event id>} to stdout only after {@code append} has
 * returned (the entry is durable), then flushing. First prints {@code ready <size> <torn bytes>}.
 * Event {@code E-<n>} is always the n-th entry, so the parent knows what each position holds.
 * Stops by itself after {@code maxSeconds} (argument 2) so that a lost parent cannot leave it running.
 */
public final class LedgerAppendChild {

  private static final ConsentAction[] ACTIONS = {
    ConsentAction.REQUESTED, ConsentAction.GIVEN, ConsentAction.ASSENTED, ConsentAction.REFUSED,
    ConsentAction.RENEWED, ConsentAction.WITHDRAWN, ConsentAction.REVOKED, ConsentAction.DEFERRED
  };

  private LedgerAppendChild() {}

  /** Arguments: the ledger file, the longest time to run in seconds. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[1])).toNanos();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    FileLedgerStore store = FileLedgerStore.open(file);
    try (ConsentLedger ledger = ConsentLedger.open(store)) {
      out.println("ready " + ledger.size() + " " + store.recoveredTornBytes());
      out.flush();
      while (System.nanoTime() < deadline) {
        long n = ledger.size() + 1;
        LedgerEntry entry = ledger.append(eventNumber(n));
        out.println("ack " + entry.position() + " " + entry.record().idText());
        out.flush();
      }
    }
  }

  /** The event a child appends as the n-th entry: id {@code E-<n>}, one of 40 young people. */
  static ConsentEvent eventNumber(long n) {
    PersonId subject = PersonId.parse("C-" + (n % 40));
    return LedgerFixtures.event("E-" + n, subject, ACTIONS[(int) (n % ACTIONS.length)], LedgerFixtures.at(n),
        LedgerFixtures.PURPOSES.get((int) (n % LedgerFixtures.PURPOSES.size())));
  }
}
