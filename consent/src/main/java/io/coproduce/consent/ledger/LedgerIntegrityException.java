package io.coproduce.consent.ledger;

import io.coproduce.core.error.CoproduceException;
import java.util.Objects;

/**
 * Thrown when a ledger's stored entries do not verify (an entry was edited, dropped, reordered
 * or damaged) and it is opened for use rather than read for audit, or when its storage failed
 * so that appends could no longer be made durable. Carries the first bad position.
 */
public final class LedgerIntegrityException extends CoproduceException {
  private static final long serialVersionUID = 1L;

  private final long position;

  private LedgerIntegrityException(String message, String rule, long position, Throwable cause) {
    super(message, rule, cause);
    this.position = position;
  }

  /** The ledger does not verify. */
  public static LedgerIntegrityException tampered(VerificationResult result) {
    Objects.requireNonNull(result, "result");
    return new LedgerIntegrityException(
        "consent ledger does not verify at entry " + result.firstBadPosition() + ": " + result.problem()
            + "; open it for audit to read what is there",
        "every entry must carry the hash of the one before and its own hash",
        result.firstBadPosition(), null);
  }

  /** The storage failed at {@code position}; nothing from there on was acknowledged. */
  public static LedgerIntegrityException storageFailed(long position, Throwable cause) {
    return new LedgerIntegrityException(
        "consent ledger storage failed at entry " + position + "; appends from there on were not"
            + " acknowledged and the ledger accepts no more",
        "every acknowledged append must be durable", position, cause);
  }

  /** Returns the first bad (or failed) position. */
  public long position() {
    return position;
  }
}
