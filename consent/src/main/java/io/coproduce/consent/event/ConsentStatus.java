package io.coproduce.consent.event;

/**
 * The status of a consent, in the terms of the W3C Data Privacy Vocabulary (DPV, {@code
 * https://w3id.org/dpv#}). Only {@link #GIVEN} and {@link #RENEWED} are valid for processing.
 * A status is always derived from the history of events at an instant, never stored over.
 */
public enum ConsentStatus {
  /** Asked for, no decision yet ({@code dpv:ConsentRequested}). */
  REQUESTED("ConsentRequested"),
  /** Decision postponed ({@code dpv:ConsentRequestDeferred}). */
  DEFERRED("ConsentRequestDeferred"),
  /** Given ({@code dpv:ConsentGiven}). */
  GIVEN("ConsentGiven"),
  /** Given again ({@code dpv:RenewedConsentGiven}). */
  RENEWED("RenewedConsentGiven"),
  /** Refused ({@code dpv:ConsentRefused}). */
  REFUSED("ConsentRefused"),
  /** Withdrawn by the young person ({@code dpv:ConsentWithdrawn}). */
  WITHDRAWN("ConsentWithdrawn"),
  /** Revoked by someone else ({@code dpv:ConsentRevoked}). */
  REVOKED("ConsentRevoked"),
  /** Ran out ({@code dpv:ConsentExpired}). */
  EXPIRED("ConsentExpired"),
  /** No longer valid ({@code dpv:ConsentInvalidated}). */
  INVALIDATED("ConsentInvalidated"),
  /** Nothing recorded ({@code dpv:ConsentUnknown}). */
  UNKNOWN("ConsentUnknown");

  /** The DPV namespace. */
  public static final String DPV_NAMESPACE = "https://w3id.org/dpv#";

  private final String dpvTerm;

  ConsentStatus(String dpvTerm) {
    this.dpvTerm = dpvTerm;
  }

  /** Returns the DPV term's local name, for example {@code ConsentWithdrawn}. */
  public String dpvTerm() {
    return dpvTerm;
  }

  /** Returns the DPV term's full IRI, for example {@code https://w3id.org/dpv#ConsentWithdrawn}. */
  public String dpvIri() {
    return DPV_NAMESPACE + dpvTerm;
  }

  /** Returns whether processing may rely on a consent with this status (given or renewed only). */
  public boolean isValidForProcessing() {
    return this == GIVEN || this == RENEWED;
  }
}
