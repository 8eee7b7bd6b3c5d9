package io.coproduce.examples;

import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentMethod;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.ledger.FileLedgerStore;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Writes small, real consent ledger files with {@link FileLedgerStore}, for tests of verify-ledger. */
public final class SampleLedger {

  private SampleLedger() {}

  /** Writes a ledger of {@code entries} consent events (mother's consents to photographs) to {@code file}. */
  public static Path write(Path file, int entries) {
    Instant t0 = Instant.parse("2026-11-02T16:00:00Z");
    try (ConsentLedger ledger = ConsentLedger.open(FileLedgerStore.open(file))) {
      for (int i = 1; i <= entries; i++) {
        Instant at = t0.plusSeconds(3600L * i);
        ledger.append(ConsentEvent.builder(ConsentEventId.parse("c-" + i), PersonId.parse("yp-" + i),
                ConsentAction.GIVEN, at)
            .purposes(Purpose.photography())
            .decidedBy(PersonId.parse("adult-" + i), DecisionAuthority.PARENTAL_RESPONSIBILITY)
            .evidence(Evidence.of(ConsentMethod.WRITTEN, PersonId.parse("st-1")))
            .material(InformationMaterial.nonText(MaterialId.parse("photo-sheet"), MaterialVersion.of(1, 0), "en"))
            .validity(Validity.from(at))
            .withdrawalRoutes(WithdrawalRoute.IN_PERSON)
            .jurisdiction(Jurisdiction.ENGLAND)
            .build());
      }
    }
    return file;
  }

  /** Flips the lowest bit of the byte at {@code offset} of {@code file}. */
  public static void flipByte(Path file, int offset) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[offset] ^= 1;
    Files.write(file, bytes);
  }

  /** Returns the byte offset where line {@code line} (1 for the first) of {@code file} starts. */
  public static int startOfLine(Path file, int line) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int seen = 1;
    for (int i = 0; i < bytes.length && seen < line; i++) {
      if (bytes[i] == '\n' && ++seen == line) {
        return i + 1;
      }
    }
    return 0;
  }
}
