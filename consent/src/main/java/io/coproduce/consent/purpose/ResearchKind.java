package io.coproduce.consent.purpose;

/** The kind of research a young person's involvement or data would be used for. */
public enum ResearchKind {
  /**
   * A clinical trial of an investigational medicinal product: nobody under 16 consents for
   * themself (Medicines for Human Use (Clinical Trials) Regulations 2004, Sch 1 Part 4).
   */
  CLINICAL_TRIAL_OF_MEDICINE,
  /** Any other research, where a competent under-16 may consent in England, Wales and Northern Ireland. */
  OTHER_RESEARCH
}
