package io.coproduce.consent.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.consent.event.CollectedMaterialHandling;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentMethod;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WithdrawalImpactTest {

  private static final PersonId CHILD = PersonId.parse("yp-1");
  private static final PersonId MUM = PersonId.parse("mum-1");
  private static final PersonId WORKER = PersonId.parse("st-1");
  private static final Instant WITHDRAWN_AT = Instant.parse("2026-05-10T10:00:00Z");
  private static final Instant BEFORE = Instant.parse("2026-05-01T10:00:00Z");

  private static ConsentEvent withdrawal(CollectedMaterialHandling handling) {
    return ConsentEvent.builder(ConsentEventId.parse("w-1"), CHILD, ConsentAction.WITHDRAWN, WITHDRAWN_AT)
        .purposes(Purpose.photography(), Purpose.audioRecording())
        .bySubject(DecisionAuthority.SELF_AGED_16_OR_OVER).evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER))
        .handling(handling).jurisdiction(Jurisdiction.WALES).build();
  }

  private static CollectedItem item(String id, PersonId subject, Purpose purpose, Instant at) {
    return CollectedItem.of(CollectedItemId.parse(id), subject, purpose, at);
  }

  @ParameterizedTest
  @CsvSource({"KEEP,KEEP,KEEP", "ANONYMISE,ANONYMISE,ANONYMISE", "REMOVE_FROM_UNPUBLISHED,REMOVE,ALREADY_PUBLISHED"})
  void handlesEachItemAsTheWithdrawalSays(CollectedMaterialHandling handling, ItemAction unpublished, ItemAction published) {
    CollectedItem photo = item("photo-1", CHILD, Purpose.photography(), BEFORE);
    CollectedItem recording = item("rec-1", CHILD, Purpose.audioRecording(), BEFORE)
        .publishedAt(BEFORE.plusSeconds(3600));

    List<AffectedItem> affected = WithdrawalImpact.of(withdrawal(handling), List.of(photo, recording));

    assertThat(affected).extracting(AffectedItem::action).containsExactly(unpublished, published);
    assertThat(affected).allSatisfy(a -> {
      assertThat(a.withdrawal()).isEqualTo(ConsentEventId.parse("w-1"));
      assertThat(a.reason().source().citation()).contains("UK GDPR Art 7(3)");
      assertThat(a.reason().explanation()).contains(a.item().id().value());
    });
  }

  @Test
  void leavesOutOtherPeoplesItemsOtherPurposesAndLaterItems() {
    List<CollectedItem> items = List.of(
        item("theirs", PersonId.parse("yp-2"), Purpose.photography(), BEFORE),
        item("video", CHILD, Purpose.video(), BEFORE),
        item("later", CHILD, Purpose.photography(), WITHDRAWN_AT.plusSeconds(1)),
        item("same-instant", CHILD, Purpose.photography(), WITHDRAWN_AT));

    List<AffectedItem> affected = WithdrawalImpact.of(withdrawal(CollectedMaterialHandling.ANONYMISE), items);

    assertThat(affected).extracting(a -> a.item().id().value()).containsExactly("same-instant");
  }

  @Test
  void anItemPublishedAfterTheWithdrawalIsStillRemoved() {
    CollectedItem photo = item("photo-1", CHILD, Purpose.photography(), BEFORE).publishedAt(WITHDRAWN_AT.plusSeconds(60));
    assertThat(WithdrawalImpact.of(withdrawal(CollectedMaterialHandling.REMOVE_FROM_UNPUBLISHED), List.of(photo)))
        .singleElement().extracting(AffectedItem::action).isEqualTo(ItemAction.REMOVE);
  }

  @Test
  void aParentsRevocationIsHandledTheSameWay() {
    ConsentEvent revocation = ConsentEvent.builder(ConsentEventId.parse("r-1"), CHILD, ConsentAction.REVOKED, WITHDRAWN_AT)
        .purposes(Purpose.photography()).decidedBy(MUM, DecisionAuthority.PARENTAL_RESPONSIBILITY)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).handling(CollectedMaterialHandling.KEEP)
        .jurisdiction(Jurisdiction.ENGLAND).build();
    assertThat(WithdrawalImpact.of(revocation, List.of(item("p", CHILD, Purpose.photography(), BEFORE))))
        .singleElement().satisfies(a -> assertThat(a.reason().explanation()).contains("revoked"));
  }

  @Test
  void refusesAnEventThatIsNotAWithdrawal() {
    ConsentEvent refusal = ConsentEvent.builder(ConsentEventId.parse("x"), CHILD, ConsentAction.REFUSED, WITHDRAWN_AT)
        .purposes(Purpose.photography()).bySubject(DecisionAuthority.SELF_ADULT)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).jurisdiction(Jurisdiction.ENGLAND).build();
    assertThatThrownBy(() -> WithdrawalImpact.of(refusal, List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("withdrawal.action"));
  }

  @Test
  void anItemCannotBePublishedBeforeItWasCollected() {
    assertThatThrownBy(() -> new CollectedItem(CollectedItemId.parse("a"), CHILD, Purpose.video(), WITHDRAWN_AT, BEFORE))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("collectedItem.publishedAt"));
    CollectedItem i = item("a", CHILD, Purpose.video(), BEFORE);
    assertThat(i.publication()).isEmpty();
    assertThat(i.isPublishedBy(WITHDRAWN_AT)).isFalse();
    assertThat(i.publishedAt(BEFORE).isPublishedBy(BEFORE)).isTrue();
    assertThat(CollectedItemId.random(new java.util.SplittableRandom(4)).value()).hasSize(26);
  }
}
