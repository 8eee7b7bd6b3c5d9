/** Consent, assent, refusal, withdrawal and capacity for children and young people. */
module io.coproduce.consent {
  requires transitive io.coproduce.core;
}
