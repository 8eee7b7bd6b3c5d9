/** Consent, assent, refusal, withdrawal and capacity for children and young people. */
module io.coproduce.consent {
  requires transitive io.coproduce.core;
  requires org.slf4j;

  exports io.coproduce.consent.capacity;
  exports io.coproduce.consent.event;
  exports io.coproduce.consent.fhir;
  exports io.coproduce.consent.gate;
  exports io.coproduce.consent.json;
  exports io.coproduce.consent.ledger;
  exports io.coproduce.consent.material;
  exports io.coproduce.consent.policy;
  exports io.coproduce.consent.purpose;
  exports io.coproduce.consent.safeguarding;
  exports io.coproduce.consent.withdrawal;

  provides com.fasterxml.jackson.databind.Module with io.coproduce.consent.json.CoproduceConsentModule;
}
