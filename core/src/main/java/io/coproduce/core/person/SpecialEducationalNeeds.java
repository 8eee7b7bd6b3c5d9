package io.coproduce.core.person;

/** Special educational needs provision, in the categories of the SEND Code of Practice (England, 2015). */
public enum SpecialEducationalNeeds {
  /** No identified special educational needs. */
  NONE,
  /** SEN support without a plan. */
  SEN_SUPPORT,
  /** An education, health and care plan (or a Welsh IDP, Scottish CSP or NI statement). */
  EHC_PLAN
}
