package io.coproduce.consent.fhir;

import static io.coproduce.consent.fhir.ConsentFixtures.PARENT;
import static io.coproduce.consent.fhir.ConsentFixtures.PHOTOS;
import static io.coproduce.consent.fhir.ConsentFixtures.QUOTE;
import static io.coproduce.consent.fhir.ConsentFixtures.SHEET_ID;
import static io.coproduce.consent.fhir.ConsentFixtures.TAKING_PART;
import static io.coproduce.consent.fhir.ConsentFixtures.VIDEO;
import static io.coproduce.consent.fhir.ConsentFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.InvalidationGround;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionStateTest {

  private static final PersonId YP = PersonId.parse("yp-1");

  private static List<DecisionState> read(Instant asOf, ConsentEvent... events) {
    return read(asOf, MaterialCatalogue.empty(), events);
  }

  private static List<DecisionState> read(Instant asOf, MaterialCatalogue materials, ConsentEvent... events) {
    ConsentLedger ledger = ConsentLedger.inMemory();
    for (ConsentEvent e : events) {
      ledger.append(e);
    }
    return DecisionState.read(ledger, YP, asOf, materials);
  }

  private static ConsentEvent parentGives(String id, int day, Validity validity, Set<Purpose> purposes) {
    return ConsentFixtures.given(id, YP, day, PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY, validity, purposes);
  }

  @Test
  void aDecisionInForceKeepsItsOwnStatusAndEndsNothing() {
    List<DecisionState> states = read(day(10), ConsentFixtures.givenBySelf("g", YP, 0, Set.of(PHOTOS, VIDEO)));

    assertThat(states).singleElement().satisfies(s -> {
      assertThat(s.status()).isEqualTo(ConsentStatus.GIVEN);
      assertThat(s.ground()).isNull();
      assertThat(s.ended()).isEmpty();
      assertThat(s.childViews()).isEmpty();
    });
  }

  @Test
  void aWithdrawalOfEveryPurposeGivesTheDecisionTheWithdrawnStatus() {
    List<DecisionState> states = read(day(10), ConsentFixtures.givenBySelf("g", YP, 0, Set.of(PHOTOS, VIDEO)),
        ConsentFixtures.withdrawn("w", YP, 4, Set.of(PHOTOS, VIDEO)));

    assertThat(states).singleElement().satisfies(s -> {
      assertThat(s.decision().id().value()).isEqualTo("g");
      assertThat(s.status()).isEqualTo(ConsentStatus.WITHDRAWN);
      assertThat(s.ended()).containsExactly(
          new DecisionState.Ended(PHOTOS, day(4)), new DecisionState.Ended(VIDEO, day(4)));
    });
  }

  @Test
  void aPartialWithdrawalLeavesTheDecisionInForceAndListsWhatItNoLongerCovers() {
    List<DecisionState> states = read(day(10), ConsentFixtures.givenBySelf("g", YP, 0, Set.of(PHOTOS, VIDEO)),
        ConsentFixtures.withdrawn("w", YP, 4, Set.of(VIDEO)));

    assertThat(states).singleElement().satisfies(s -> {
      assertThat(s.status()).isEqualTo(ConsentStatus.GIVEN);
      assertThat(s.ended()).containsExactly(new DecisionState.Ended(VIDEO, day(4)));
    });
  }

  @Test
  void aDecisionReplacedForEveryPurposeIsHistoryAndLeftOut() {
    List<DecisionState> states = read(day(10), ConsentFixtures.requested("q", YP, 0, Set.of(PHOTOS)),
        ConsentFixtures.givenBySelf("g", YP, 1, Set.of(PHOTOS, VIDEO)));

    assertThat(states).extracting(s -> s.decision().id().value()).containsExactly("g");
  }

  @Test
  void aDecisionReplacedForSomePurposesNoLongerCoversThemFromTheReplacement() {
    List<DecisionState> states = read(day(10), ConsentFixtures.givenBySelf("g", YP, 0, Set.of(PHOTOS, VIDEO)),
        ConsentFixtures.refused("r", YP, 3, YP, DecisionAuthority.SELF_AGED_16_OR_OVER, Set.of(VIDEO)));

    assertThat(states).extracting(s -> s.decision().id().value(), DecisionState::status)
        .containsExactly(tuple("g", ConsentStatus.GIVEN),
            tuple("r", ConsentStatus.REFUSED));
    assertThat(states.get(0).ended()).containsExactly(new DecisionState.Ended(VIDEO, day(3)));
  }

  @Test
  void aGrantPastItsValidityHasExpired() {
    List<DecisionState> states = read(day(40), parentGives("g", 0, Validity.between(day(0), day(30)), Set.of(PHOTOS)));

    assertThat(states).singleElement().satisfies(s -> {
      assertThat(s.status()).isEqualTo(ConsentStatus.EXPIRED);
      assertThat(s.ended()).containsExactly(new DecisionState.Ended(PHOTOS, day(30)));
    });
  }

  @Test
  void anExpiryByDateBeforeALaterRevocationCountsAsTheEnding() {
    List<DecisionState> states = read(day(60), parentGives("g", 0, Validity.between(day(0), day(30)), Set.of(PHOTOS)),
        ConsentFixtures.revoked("r", YP, 50, PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY, Set.of(PHOTOS)));

    assertThat(states).singleElement().satisfies(s -> {
      assertThat(s.status()).isEqualTo(ConsentStatus.EXPIRED);
      assertThat(s.ended()).containsExactly(new DecisionState.Ended(PHOTOS, day(30)));
    });
  }

  @Test
  void theFirstEndingCountsNotALaterOne() {
    List<DecisionState> states = read(day(60), ConsentFixtures.givenBySelf("g", YP, 0, Set.of(PHOTOS)),
        ConsentFixtures.withdrawn("w", YP, 5, Set.of(PHOTOS)),
        ConsentFixtures.invalidated("i", YP, 6, InvalidationGround.RECORDED_IN_ERROR, Set.of(PHOTOS)));

    assertThat(states).singleElement().satisfies(s -> {
      assertThat(s.status()).isEqualTo(ConsentStatus.WITHDRAWN);
      assertThat(s.ground()).isNull();
    });
  }

  @Test
  void aNewMajorVersionOfTheMaterialInvalidatesAGrantFromItsPublication() {
    MaterialCatalogue catalogue = MaterialCatalogue.of(List.of(
        Publication.of(SHEET_ID, MaterialVersion.of(1, 0), day(-10)),
        Publication.of(SHEET_ID, MaterialVersion.of(2, 0), day(20))));
    ConsentEvent g = parentGives("g", 0, Validity.from(day(0)), Set.of(PHOTOS));

    assertThat(read(day(10), catalogue, g)).singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(ConsentStatus.GIVEN));
    assertThat(read(day(25), catalogue, g)).singleElement().satisfies(s -> {
      assertThat(s.status()).isEqualTo(ConsentStatus.INVALIDATED);
      assertThat(s.ground()).isEqualTo(InvalidationGround.INFORMATION_CHANGED);
      assertThat(s.ended()).containsExactly(new DecisionState.Ended(PHOTOS, day(20)));
    });
    ConsentEvent w = ConsentFixtures.revoked("r", YP, 40, PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY, Set.of(PHOTOS));
    assertThat(read(day(50), catalogue, g, w)).singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(ConsentStatus.INVALIDATED));
  }

  @Test
  void recordedInErrorOnlyWhenEveryPurposeWasInvalidatedSo() {
    ConsentEvent g = ConsentFixtures.givenBySelf("g", YP, 0, Set.of(PHOTOS, VIDEO));
    ConsentEvent allInError = ConsentFixtures.invalidated("i", YP, 5, InvalidationGround.RECORDED_IN_ERROR, Set.of(PHOTOS, VIDEO));
    ConsentEvent withdrawVideo = ConsentFixtures.withdrawn("w", YP, 3, Set.of(VIDEO));
    ConsentEvent photoInError = ConsentFixtures.invalidated("i", YP, 5, InvalidationGround.RECORDED_IN_ERROR, Set.of(PHOTOS));

    assertThat(read(day(9), g, allInError)).singleElement().satisfies(s -> {
      assertThat(s.status()).isEqualTo(ConsentStatus.INVALIDATED);
      assertThat(s.ground()).isEqualTo(InvalidationGround.RECORDED_IN_ERROR);
    });
    assertThat(read(day(9), g, withdrawVideo, photoInError)).singleElement().satisfies(s -> {
      assertThat(s.status()).isEqualTo(ConsentStatus.INVALIDATED);
      assertThat(s.ground()).isNull();
    });
  }

  @Test
  void withNothingInForceTheLatestEndingGivesTheStatus() {
    List<DecisionState> states = read(day(60), ConsentFixtures.givenBySelf("g", YP, 0, Set.of(PHOTOS, VIDEO)),
        ConsentFixtures.withdrawn("w", YP, 5, Set.of(VIDEO)),
        ConsentFixtures.expired("e", YP, 9, Set.of(PHOTOS)));

    assertThat(states).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(ConsentStatus.EXPIRED));
  }

  @Test
  void eventsRecordedAfterAsOfChangeNothing() {
    ConsentEvent g = ConsentFixtures.givenBySelf("g", YP, 0, Set.of(PHOTOS));
    ConsentEvent w = ConsentFixtures.withdrawn("w", YP, 5, Set.of(PHOTOS));
    ConsentEvent later = ConsentFixtures.givenBySelf("g2", YP, 8, Set.of(PHOTOS));

    assertThat(read(day(4), g, w, later)).singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(ConsentStatus.GIVEN));
    assertThat(read(day(5), g, w, later)).singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(ConsentStatus.WITHDRAWN));
    assertThat(read(day(8), g, w, later)).extracting(s -> s.decision().id().value()).containsExactly("g2");
  }

  @Test
  void theChildsLatestViewPerPurposeSitsBesideSomeoneElsesDecision() {
    ConsentEvent g = parentGives("g", 1, Validity.from(day(1)), Set.of(TAKING_PART, PHOTOS, QUOTE));
    ConsentEvent assent = ConsentFixtures.childView("a", YP, ConsentAction.ASSENTED, 0, Set.of(TAKING_PART, PHOTOS));
    ConsentEvent dissent = ConsentFixtures.childView("d", YP, ConsentAction.DISSENTED, 2, Set.of(PHOTOS, VIDEO));

    assertThat(read(day(5), assent, g, dissent)).singleElement().satisfies(s -> {
      assertThat(s.status()).isEqualTo(ConsentStatus.GIVEN);
      assertThat(s.childViews()).extracting(v -> v.view().id().value(), DecisionState.ChildView::purposes)
          .containsExactly(tuple("a", List.of(TAKING_PART)),
              tuple("d", List.of(PHOTOS)));
    });
  }

  @Test
  void theYoungPersonsOwnDecisionCarriesNoChildView() {
    ConsentEvent g = ConsentFixtures.givenBySelf("g", YP, 1, Set.of(PHOTOS));
    ConsentEvent assent = ConsentFixtures.childView("a", YP, ConsentAction.ASSENTED, 2, Set.of(PHOTOS));

    assertThat(read(day(5), g, assent)).singleElement().satisfies(s -> assertThat(s.childViews()).isEmpty());
  }

  @Test
  void onlyDecisionsAreExportedAsResources() {
    assertThat(List.of(ConsentAction.values())).filteredOn(a -> DecisionState.isExported(a))
        .containsExactly(ConsentAction.REQUESTED, ConsentAction.DEFERRED, ConsentAction.GIVEN,
            ConsentAction.RENEWED, ConsentAction.REFUSED);
  }
}
