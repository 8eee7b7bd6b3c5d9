package io.coproduce.consent.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ConsentStatusTest {

  @ParameterizedTest
  @CsvSource({
      "REQUESTED,ConsentRequested,false", "DEFERRED,ConsentRequestDeferred,false",
      "GIVEN,ConsentGiven,true", "RENEWED,RenewedConsentGiven,true", "REFUSED,ConsentRefused,false",
      "WITHDRAWN,ConsentWithdrawn,false", "REVOKED,ConsentRevoked,false", "EXPIRED,ConsentExpired,false",
      "INVALIDATED,ConsentInvalidated,false", "UNKNOWN,ConsentUnknown,false"})
  void mapsToTheDataPrivacyVocabulary(ConsentStatus status, String term, boolean valid) {
    assertThat(status.dpvTerm()).isEqualTo(term);
    assertThat(status.dpvIri()).isEqualTo("https://w3id.org/dpv#" + term);
    assertThat(status.isValidForProcessing()).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({
      "REQUESTED,REQUESTED", "DEFERRED,DEFERRED", "GIVEN,GIVEN", "RENEWED,RENEWED", "REFUSED,REFUSED",
      "WITHDRAWN,WITHDRAWN", "REVOKED,REVOKED", "EXPIRED,EXPIRED", "INVALIDATED,INVALIDATED"})
  void eachConsentActionLeadsToItsStatus(ConsentAction action, ConsentStatus status) {
    assertThat(action.status()).isEqualTo(status);
    assertThat(action.isAssentOrDissent()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = ConsentAction.class, names = {"ASSENTED", "DISSENTED"})
  void assentAndDissentAreNotConsentDecisions(ConsentAction action) {
    assertThat(action.isAssentOrDissent()).isTrue();
    assertThat(action.isDecision()).isFalse();
    assertThat(action.isGrant()).isFalse();
    assertThatThrownBy(action::status).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void classifiesActions() {
    assertThat(ConsentAction.GIVEN.isGrant()).isTrue();
    assertThat(ConsentAction.RENEWED.isGrant()).isTrue();
    assertThat(ConsentAction.REFUSED.isGrant()).isFalse();
    assertThat(ConsentAction.DEFERRED.isDecision()).isTrue();
    assertThat(ConsentAction.REQUESTED.isDecision()).isFalse();
    assertThat(ConsentAction.EXPIRED.endsEarlierConsent()).isTrue();
    assertThat(ConsentAction.INVALIDATED.endsEarlierConsent()).isTrue();
    assertThat(ConsentAction.WITHDRAWN.endsEarlierConsent()).isFalse();
    assertThat(DecisionAuthority.SELF_SCOTLAND_12_OR_OVER_DATA.isSelf()).isTrue();
    assertThat(DecisionAuthority.COURT.isSelf()).isFalse();
  }
}
