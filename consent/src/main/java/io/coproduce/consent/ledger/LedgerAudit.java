package io.coproduce.consent.ledger;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What reading a ledger file for audit found: the entries that verified (everything before the
 * first bad one), what verification found, and any torn last line. Immutable.
 *
 * @param entries the entries that verified, in order
 * @param verification the verification result
 * @param tornBytes bytes after the last newline (a torn last line), 0 for none
 */
public record LedgerAudit(List<LedgerEntry> entries, VerificationResult verification, long tornBytes) {

  /** Validates the audit. */
  public LedgerAudit {
    entries = ImmutableList.copyOf(entries);
    Objects.requireNonNull(verification, "verification");
  }
}
