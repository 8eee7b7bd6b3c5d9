package io.coproduce.consent.event;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a decision was captured and by whom: the method, the worker who recorded it, a witness
 * for a verbal decision, and optionally the SHA-256 hash of a signed form held elsewhere (the
 * library never holds the form). Immutable and thread-safe.
 *
 * @param method how the decision was captured
 * @param recordedBy the worker who recorded it
 * @param witness who witnessed a verbal decision; required for {@link ConsentMethod#VERBAL_WITNESSED}
 * @param signatureHash the lowercase hex SHA-256 of the signed form or signature, or {@code null}
 */
public record Evidence(
    ConsentMethod method, PersonId recordedBy, PersonId witness, String signatureHash) {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  /** Validates the evidence. */
  public Evidence {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(recordedBy, "recordedBy");
    if (method == ConsentMethod.VERBAL_WITNESSED && witness == null) {
      throw InvalidInputException.of(
          "evidence.witness", "is required for a verbal decision (VERBAL_WITNESSED)", null);
    }
    if (witness != null && witness.equals(recordedBy)) {
      throw InvalidInputException.of(
          "evidence.witness", "must be someone other than the worker who recorded it", witness);
    }
    if (signatureHash != null && !SHA256_HEX.matcher(signatureHash).matches()) {
      throw InvalidInputException.of(
          "evidence.signatureHash", "must be 64 lowercase hex digits (a SHA-256)", null);
    }
  }

  /** Written or digital evidence recorded by {@code recordedBy}. */
  public static Evidence of(ConsentMethod method, PersonId recordedBy) {
    return new Evidence(method, recordedBy, null, null);
  }

  /** A verbal decision recorded by {@code recordedBy} and witnessed by {@code witness}. */
  public static Evidence verbal(PersonId recordedBy, PersonId witness) {
    return new Evidence(ConsentMethod.VERBAL_WITNESSED, recordedBy, Objects.requireNonNull(witness, "witness"), null);
  }

  /** Returns a copy with the signature hash. */
  public Evidence withSignatureHash(String sha256Hex) {
    return new Evidence(method, recordedBy, witness, Objects.requireNonNull(sha256Hex, "sha256Hex"));
  }

  /** Returns the witness, if any. */
  public Optional<PersonId> witnessedBy() {
    return Optional.ofNullable(witness);
  }

  /** Returns the signature hash, if any. */
  public Optional<String> signature() {
    return Optional.ofNullable(signatureHash);
  }
}
