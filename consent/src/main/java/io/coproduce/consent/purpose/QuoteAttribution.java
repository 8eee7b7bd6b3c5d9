package io.coproduce.consent.purpose;

/** How a quoted young person is attributed: each is a separate decision. */
public enum QuoteAttribution {
  /** Quoted without any name. */
  ANONYMOUS,
  /** Quoted with their first name. */
  FIRST_NAME,
  /** Quoted with a name they chose (a pseudonym or nickname). */
  CHOSEN_NAME
}
