package io.coproduce.consent.event;

/** How a decision was captured. */
public enum ConsentMethod {
  /** On paper, signed. */
  WRITTEN,
  /** Spoken, with a witness recorded. */
  VERBAL_WITNESSED,
  /** Through a digital form or app. */
  DIGITAL
}
