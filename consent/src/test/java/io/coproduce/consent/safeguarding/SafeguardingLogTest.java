package io.coproduce.consent.safeguarding;

import static io.coproduce.consent.event.DecisionAuthority.SELF_AGED_16_OR_OVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentMethod;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.gate.ConsentCheck;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.responsibility.ParentalResponsibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeguardingLogTest {

  private static final PersonId CHILD = PersonId.parse("yp-1");
  private static final PersonId LEAD = PersonId.parse("st-dsl");
  private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

  private static SafeguardingOverride override(String id, PersonId subject) {
    return new SafeguardingOverride(SafeguardingOverrideId.parse(id), subject,
        OrganisationId.parse("la-childrens-services"), LEAD, AT, SafeguardingGround.RISK_OF_SIGNIFICANT_HARM);
  }

  @Test
  void recordsOverridesInOrderAndBySubject() {
    SafeguardingLog log = new SafeguardingLog();
    log.record(override("sg-1", CHILD));
    log.record(override("sg-2", PersonId.parse("yp-2")));

    assertThat(log.overrides()).extracting(SafeguardingOverride::id)
        .containsExactly(SafeguardingOverrideId.parse("sg-1"), SafeguardingOverrideId.parse("sg-2"));
    assertThat(log.about(CHILD)).singleElement().extracting(SafeguardingOverride::ground)
        .isEqualTo(SafeguardingGround.RISK_OF_SIGNIFICANT_HARM);
  }

  @Test
  void refusesARepeatedIdAndKeepsTheLogUnchanged() {
    SafeguardingLog log = new SafeguardingLog();
    log.record(override("sg-1", CHILD));
    assertThatThrownBy(() -> log.record(override("sg-1", CHILD)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("safeguardingOverride.id"));
    assertThat(log.overrides()).hasSize(1);
  }

  @Test
  void theChildCannotBeTheOneWhoDecided() {
    assertThatThrownBy(() -> new SafeguardingOverride(SafeguardingOverrideId.parse("sg-1"), CHILD,
        OrganisationId.parse("la-1"), CHILD, AT, SafeguardingGround.RISK_TO_LIFE))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("safeguardingOverride.decidedBy"));
  }

  @Test
  void citesWhySharingToSafeguardNeedsNoConsent() {
    assertThat(SafeguardingLog.SOURCE.citation()).contains("Working Together to Safeguard Children 2023")
        .contains("Data Protection Act 2018 Sch 8 para 4");
  }

  @Test
  void anOverrideIsNeverAConsentEventAndNeverChangesAConsentCheck() {
    assertThat(ConsentAction.values()).extracting(Enum::name).noneMatch(n -> n.contains("SAFEGUARD"));
    ConsentLedger ledger = ConsentLedger.inMemory();
    Person young = Person.youngPerson(CHILD, BirthInformation.ofDate(LocalDate.of(2009, 1, 1)), Jurisdiction.ENGLAND);
    ledger.append(ConsentEvent.builder(ConsentEventId.parse("e-1"), CHILD, ConsentAction.REFUSED, AT)
        .purposes(Purpose.sharingWith(OrganisationId.parse("la-childrens-services")))
        .bySubject(SELF_AGED_16_OR_OVER).evidence(Evidence.of(ConsentMethod.WRITTEN, LEAD))
        .jurisdiction(Jurisdiction.ENGLAND).build());
    ConsentGate gate = ConsentGate.of(ledger, ConsentPolicy.defaults(), ParentalResponsibility.empty(), MaterialCatalogue.empty());
    List<Purpose> sharing = List.of(Purpose.sharingWith(OrganisationId.parse("la-childrens-services")));
    ConsentCheck before = gate.check(young, sharing, AT.plusSeconds(60));

    SafeguardingLog log = new SafeguardingLog();
    log.record(override("sg-1", CHILD));

    assertThat(gate.check(young, sharing, AT.plusSeconds(60))).isEqualTo(before);
    assertThat(before.allowed()).isFalse();
    assertThat(ledger.size()).isEqualTo(1);
  }

  @Test
  void idRoundTrips() {
    assertThat(SafeguardingOverrideId.parse("sg-1").toString()).isEqualTo("sg-1");
    assertThat(SafeguardingOverrideId.random(new java.util.SplittableRandom(2)).value()).hasSize(26);
  }
}
