package io.coproduce.consent.ledger;

import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * What verifying a ledger found: intact, or the first bad position and what was wrong there.
 * Immutable and thread-safe.
 *
 * @param entriesChecked how many entries were found intact before the first bad one (all of them when intact)
 * @param firstBadPosition the position of the first bad entry (1 for the first line), or 0 when intact
 * @param problem what was wrong there, or {@code null} when intact
 * @param headHash the hash of the last intact entry ({@link LedgerFormat#GENESIS} when none)
 */
public record VerificationResult(
    long entriesChecked, long firstBadPosition, String problem, String headHash) {

  /** Validates the result: a problem exactly when there is a bad position. */
  public VerificationResult {
    Objects.requireNonNull(headHash, "headHash");
    if ((firstBadPosition == 0) != (problem == null)) {
      throw InvalidInputException.of(
          "verificationResult.problem", "is given exactly when firstBadPosition is not 0", firstBadPosition);
    }
  }

  /** An intact ledger of {@code entries} entries ending at {@code headHash}. */
  public static VerificationResult intact(long entries, String headHash) {
    return new VerificationResult(entries, 0, null, headHash);
  }

  /** A ledger intact up to {@code position - 1} and bad at {@code position}. */
  public static VerificationResult badAt(long position, String problem, String headHash) {
    return new VerificationResult(position - 1, position, Objects.requireNonNull(problem, "problem"), headHash);
  }

  /** Returns whether every entry verified. */
  public boolean isIntact() {
    return firstBadPosition == 0;
  }

  /** Returns the first bad position, if any. */
  public Optional<Long> badPosition() {
    return isIntact() ? Optional.empty() : Optional.of(firstBadPosition);
  }

  /** Returns a sentence for people: "intact: 12 entries" or "entry 7: the hash does not match". */
  public String describe() {
    return isIntact()
        ? "intact: " + entriesChecked + " entries, head " + headHash
        : "entry " + firstBadPosition + ": " + problem + " (" + entriesChecked + " entries before it are intact)";
  }
}
