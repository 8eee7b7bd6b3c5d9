package io.coproduce.consent.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.consent.capacity.CapacityAssessmentId;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The coherence rules of a consent event, one row per rule, each naming its field. */
class ConsentEventTest {

  static final PersonId CHILD = PersonId.parse("yp-1");
  static final PersonId MUM = PersonId.parse("mum-1");
  static final PersonId WORKER = PersonId.parse("st-1");
  static final OrganisationId COUNCIL = OrganisationId.parse("la-1");
  static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");
  static final InformationMaterial SHEET =
      InformationMaterial.nonText(MaterialId.parse("sheet"), MaterialVersion.of(1, 0), "en");

  static ConsentEvent.Builder base(ConsentAction action) {
    return ConsentEvent.builder(ConsentEventId.parse("e-1"), CHILD, action, AT)
        .purposes(Purpose.photography()).jurisdiction(Jurisdiction.ENGLAND);
  }

  static ConsentEvent.Builder grant() {
    return base(ConsentAction.GIVEN).decidedBy(MUM, DecisionAuthority.PARENTAL_RESPONSIBILITY)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).material(SHEET).validity(Validity.from(AT))
        .withdrawalRoutes(WithdrawalRoute.IN_PERSON);
  }

  @Test
  void buildsACoherentGrant() {
    ConsentEvent e = grant().build();
    assertThat(e.action()).isEqualTo(ConsentAction.GIVEN);
    assertThat(e.covers(Purpose.photography())).isTrue();
    assertThat(e.covers(Purpose.video())).isFalse();
    assertThat(e.isBySubject()).isFalse();
    assertThat(e.decidedOn()).contains(DecisionAuthority.PARENTAL_RESPONSIBILITY);
    assertThat(e.shown()).contains(SHEET);
    assertThat(e.period()).contains(Validity.from(AT));
    assertThat(e.captured()).isPresent();
    assertThat(e.handlingOfCollected()).isEmpty();
    assertThat(e.assessment()).isEmpty();
    assertThat(e.ground()).isEmpty();
  }

  static Stream<Arguments> incoherent() {
    return Stream.of(
        bad("no purpose", () -> grant().purposes(List.of()).build(), "consentEvent.purposes"),
        bad("no decider", () -> base(ConsentAction.GIVEN).build(), "consentEvent.decidedBy"),
        bad("no jurisdiction", () -> ConsentEvent.builder(ConsentEventId.parse("e"), CHILD, ConsentAction.REQUESTED, AT)
            .purposes(Purpose.video()).recordedBy(WORKER).build(), "consentEvent.jurisdiction"),
        bad("a decision without an authority", () -> grant().decidedBy(MUM, null).build(), "consentEvent.authority"),
        bad("a grant without evidence", () -> base(ConsentAction.GIVEN).decidedBy(MUM, DecisionAuthority.PARENTAL_RESPONSIBILITY)
            .material(SHEET).validity(Validity.from(AT)).withdrawalRoutes(WithdrawalRoute.IN_PERSON).build(), "consentEvent.evidence"),
        bad("a grant without material", () -> base(ConsentAction.RENEWED).decidedBy(MUM, DecisionAuthority.PARENTAL_RESPONSIBILITY)
            .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).validity(Validity.from(AT))
            .withdrawalRoutes(WithdrawalRoute.IN_PERSON).build(), "consentEvent.material"),
        bad("a grant without validity", () -> base(ConsentAction.GIVEN).decidedBy(MUM, DecisionAuthority.PARENTAL_RESPONSIBILITY)
            .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).material(SHEET)
            .withdrawalRoutes(WithdrawalRoute.IN_PERSON).build(), "consentEvent.validity"),
        bad("a grant without a way to withdraw", () -> grant().withdrawalRoutes(List.of()).build(), "consentEvent.withdrawalRoutes"),
        bad("validity on a refusal", () -> base(ConsentAction.REFUSED).decidedBy(MUM, DecisionAuthority.PARENTAL_RESPONSIBILITY)
            .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).validity(Validity.from(AT)).build(), "consentEvent.validity"),
        bad("withdrawal routes on a refusal", () -> base(ConsentAction.REFUSED).decidedBy(MUM, DecisionAuthority.PARENTAL_RESPONSIBILITY)
            .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).withdrawalRoutes(WithdrawalRoute.VERBAL).build(), "consentEvent.withdrawalRoutes"),
        bad("a withdrawal without handling", () -> base(ConsentAction.WITHDRAWN).bySubject(DecisionAuthority.SELF_AGED_16_OR_OVER)
            .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER)).build(), "consentEvent.handling"),
        bad("handling on a grant", () -> grant().handling(CollectedMaterialHandling.KEEP).build(), "consentEvent.handling"),
        bad("a withdrawal by someone else", () -> base(ConsentAction.WITHDRAWN).decidedBy(MUM, DecisionAuthority.PARENTAL_RESPONSIBILITY)
            .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER)).handling(CollectedMaterialHandling.KEEP).build(), "consentEvent.action"),
        bad("a revocation by the young person", () -> base(ConsentAction.REVOKED).bySubject(DecisionAuthority.SELF_AGED_16_OR_OVER)
            .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER)).handling(CollectedMaterialHandling.KEEP).build(), "consentEvent.action"),
        bad("a self authority for someone else", () -> grant().decidedBy(MUM, DecisionAuthority.SELF_ADULT).build(), "consentEvent.decidedBy"),
        bad("a parent's authority for the young person", () -> grant().decidedBy(CHILD, DecisionAuthority.PARENTAL_RESPONSIBILITY).build(), "consentEvent.decidedBy"),
        bad("a person deciding as a local authority", () -> grant().decidedBy(MUM, DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER).build(), "consentEvent.decidedBy"),
        bad("an organisation deciding as a parent", () -> grant().decidedBy(COUNCIL, DecisionAuthority.PARENTAL_RESPONSIBILITY).build(), "consentEvent.decidedBy"),
        bad("an organisation as legal representative", () -> grant().decidedBy(COUNCIL, DecisionAuthority.LEGAL_REPRESENTATIVE).build(), "consentEvent.decidedBy"),
        bad("assent by someone else", () -> base(ConsentAction.ASSENTED).recordedBy(MUM)
            .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).build(), "consentEvent.decidedBy"),
        bad("assent on an authority", () -> base(ConsentAction.DISSENTED).bySubject(DecisionAuthority.SELF_ADULT)
            .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).build(), "consentEvent.authority"),
        bad("assent without evidence", () -> base(ConsentAction.ASSENTED).bySubject(null).build(), "consentEvent.evidence"),
        bad("a request on an authority", () -> base(ConsentAction.REQUESTED).decidedBy(WORKER, DecisionAuthority.PARENTAL_RESPONSIBILITY).build(), "consentEvent.authority"),
        bad("a self-assessed decision without its assessment", () -> grant().decidedBy(CHILD, DecisionAuthority.SELF_ASSESSED_CAPABLE).build(), "consentEvent.capacityAssessment"),
        bad("an assessment on another authority", () -> grant().capacityAssessment(CapacityAssessmentId.parse("ca-1")).build(), "consentEvent.capacityAssessment"),
        bad("an invalidation without a ground", () -> base(ConsentAction.INVALIDATED).recordedBy(WORKER).build(), "consentEvent.invalidationGround"),
        bad("a ground on an expiry", () -> base(ConsentAction.EXPIRED).recordedBy(WORKER)
            .invalidationGround(InvalidationGround.RECORDED_IN_ERROR).build(), "consentEvent.invalidationGround"));
  }

  private static Arguments bad(String name, Runnable build, String field) {
    return Arguments.of(name, build, field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("incoherent")
  void refusesAnIncoherentEventNamingTheField(String name, Runnable build, String field) {
    assertThatThrownBy(build::run).as(name)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.offendingValue()).hasValueSatisfying(v -> assertThat(v).doesNotContain("2026"));
        });
  }

  static Stream<Arguments> coherent() {
    return Stream.of(
        Arguments.of("a request by a worker", (UnaryOperator<ConsentEvent.Builder>) b -> b.recordedBy(WORKER), ConsentAction.REQUESTED),
        Arguments.of("a recorded expiry", (UnaryOperator<ConsentEvent.Builder>) b -> b.recordedBy(COUNCIL), ConsentAction.EXPIRED),
        Arguments.of("an invalidation", (UnaryOperator<ConsentEvent.Builder>) b -> b.recordedBy(WORKER)
            .invalidationGround(InvalidationGround.DECIDER_WITHOUT_AUTHORITY), ConsentAction.INVALIDATED),
        Arguments.of("assent", (UnaryOperator<ConsentEvent.Builder>) b -> b.bySubject(null)
            .evidence(Evidence.verbal(WORKER, MUM)), ConsentAction.ASSENTED),
        Arguments.of("a court's refusal", (UnaryOperator<ConsentEvent.Builder>) b -> b.decidedBy(OrganisationId.parse("family-court"),
            DecisionAuthority.COURT).evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)), ConsentAction.REFUSED),
        Arguments.of("a young person's deferral", (UnaryOperator<ConsentEvent.Builder>) b -> b.bySubject(DecisionAuthority.SELF_ADULT)
            .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER)), ConsentAction.DEFERRED),
        Arguments.of("a parent's revocation", (UnaryOperator<ConsentEvent.Builder>) b -> b.decidedBy(MUM, DecisionAuthority.PARENTAL_RESPONSIBILITY)
            .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER)).handling(CollectedMaterialHandling.ANONYMISE), ConsentAction.REVOKED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coherent")
  void acceptsEachCoherentKindOfEvent(String name, UnaryOperator<ConsentEvent.Builder> fill, ConsentAction action) {
    ConsentEvent e = fill.apply(base(action)).build();
    assertThat(e.action()).isEqualTo(action);
  }

  @Test
  void aSelfAssessedDecisionNamesItsAssessment() {
    ConsentEvent e = grant().decidedBy(CHILD, DecisionAuthority.SELF_ASSESSED_CAPABLE)
        .capacityAssessment(CapacityAssessmentId.parse("ca-9")).build();
    assertThat(e.isBySubject()).isTrue();
    assertThat(e.assessment()).contains(CapacityAssessmentId.parse("ca-9"));
  }

  @Test
  void purposesAndRoutesAreSortedAndImmutable() {
    ConsentEvent e = grant().purposes(Purpose.video(), Purpose.takingPart())
        .withdrawalRoutes(WithdrawalRoute.MESSAGE, WithdrawalRoute.IN_PERSON).build();
    assertThat(e.purposes()).containsExactly(Purpose.takingPart(), Purpose.video());
    assertThat(e.withdrawalRoutes()).containsExactly(WithdrawalRoute.IN_PERSON, WithdrawalRoute.MESSAGE);
    assertThatThrownBy(() -> e.purposes().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void buildingTwiceGivesEqualEvents() {
    ConsentEvent.Builder b = grant();
    assertThat(b.build()).isEqualTo(b.build());
  }

  @Test
  void summarisesWhoDidWhatWithIdsOnly() {
    assertThat(grant().build().summary()).isEqualTo(
        "2026-05-01T10:00:00Z GIVEN PHOTOGRAPHY for yp-1 by mum-1 on PARENTAL_RESPONSIBILITY, recorded by st-1 (WRITTEN)");
    ConsentEvent withdrawal = base(ConsentAction.WITHDRAWN).purposes(Purpose.video(), Purpose.takingPart())
        .bySubject(DecisionAuthority.SELF_AGED_16_OR_OVER).evidence(Evidence.verbal(WORKER, MUM))
        .handling(CollectedMaterialHandling.ANONYMISE).build();
    assertThat(withdrawal.summary()).isEqualTo("2026-05-01T10:00:00Z WITHDRAWN TAKING_PART, VIDEO for yp-1 by the"
        + " young person on SELF_AGED_16_OR_OVER, recorded by st-1 (VERBAL_WITNESSED, witnessed by mum-1);"
        + " collected material: ANONYMISE");
    assertThat(base(ConsentAction.INVALIDATED).recordedBy(WORKER).invalidationGround(InvalidationGround.RECORDED_IN_ERROR)
        .build().summary()).isEqualTo("2026-05-01T10:00:00Z INVALIDATED PHOTOGRAPHY for yp-1 by st-1; ground: RECORDED_IN_ERROR");
  }
}
