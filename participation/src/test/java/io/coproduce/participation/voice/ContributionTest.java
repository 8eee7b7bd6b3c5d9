package io.coproduce.participation.voice;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.voice.VoiceWorld.NOW;
import static io.coproduce.participation.voice.VoiceWorld.WORKSHOP;
import static io.coproduce.participation.voice.VoiceWorld.YAG;
import static io.coproduce.participation.voice.VoiceWorld.cid;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.consent.withdrawal.CollectedItem;
import io.coproduce.consent.withdrawal.CollectedItemId;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContributionTest {

  private static final PersonId YP = PersonId.parse("yp-1");

  private static Contribution inForum() {
    return Contribution.inForum(cid("c-1"), ContributionKind.PRIORITY, YP, YAG, NOW, Attribution.CHOSEN_NAME);
  }

  @Test
  void aForumContributionHasAForumAndNoSession() {
    Contribution c = inForum();
    assertThat(c.forumId()).contains(YAG);
    assertThat(c.sessionId()).isEmpty();
    assertThat(c.publication()).isEmpty();
    assertThat(c.kind()).isEqualTo(ContributionKind.PRIORITY);
  }

  @Test
  void aSessionContributionMayHaveNoForum() {
    Contribution c = Contribution.inSession(cid("c-2"), ContributionKind.VOTE, YP, WORKSHOP, NOW,
        Attribution.ANONYMOUS);
    assertThat(c.forumId()).isEmpty();
    assertThat(c.sessionId()).contains(WORKSHOP);
  }

  @Test
  void aSessionHeldForAForumHasBoth() {
    Contribution c = Contribution.inSessionOf(cid("c-3"), ContributionKind.CONCERN, YP, WORKSHOP, YAG,
        NOW, Attribution.FIRST_NAME);
    assertThat(c.forumId()).contains(YAG);
    assertThat(c.sessionId()).contains(WORKSHOP);
  }

  @Test
  void refusesAContributionMadeNowhere() {
    InvalidInputException e = rejectionOf(() -> new Contribution(cid("c-4"), ContributionKind.IDEA, YP,
        null, null, NOW, Attribution.ANONYMOUS, null));
    assertThat(e.field()).isEqualTo("contribution.forum");
    assertThat(e.offendingValue()).contains("c-4");
  }

  @Test
  void refusesAPublicationBeforeTheContribution() {
    InvalidInputException e = rejectionOf(() -> new Contribution(cid("c-5"), ContributionKind.IDEA, YP,
        YAG, null, NOW, Attribution.ANONYMOUS, NOW.minusSeconds(1)));
    assertThat(e.field()).isEqualTo("contribution.publishedAt");
    assertThat(e.offendingValue()).contains("c-5");
    assertThat(rejectionOf(() -> inForum().withPublishedAt(NOW.minusSeconds(1))).field())
        .isEqualTo("contribution.publishedAt");
  }

  @Test
  void acceptsPublicationAtTheVeryInstantOfTheContribution() {
    Contribution c = inForum().withPublishedAt(NOW);
    assertThat(c.publication()).contains(NOW);
    assertThat(c.isPublishedBy(NOW)).isTrue();
  }

  @Test
  void isPublishedOnlyFromItsPublication() {
    Instant published = NOW.plusSeconds(3600);
    Contribution c = inForum().withPublishedAt(published);
    assertThat(c.isPublishedBy(published.minusNanos(1))).isFalse();
    assertThat(c.isPublishedBy(published)).isTrue();
    assertThat(c.isPublishedBy(published.plusSeconds(1))).isTrue();
    assertThat(inForum().isPublishedBy(Instant.MAX)).isFalse();
  }

  @Test
  void theFirstPublicationCounts() {
    Instant first = NOW.plusSeconds(60);
    Contribution c = inForum().withPublishedAt(first);
    assertThat(c.withPublishedAt(first.plusSeconds(60))).isSameAs(c);
    assertThat(c.withPublishedAt(first)).isSameAs(c);
    assertThat(c.withPublishedAt(NOW).publishedAt()).isEqualTo(NOW);
  }

  @ParameterizedTest
  @EnumSource(Attribution.class)
  void becomesOneCollectedItemPerConsentPurposeOfItsAttribution(Attribution attribution) {
    Contribution c = Contribution.inForum(cid("c-6"), ContributionKind.IDEA, YP, YAG, NOW, attribution)
        .withPublishedAt(NOW.plusSeconds(5));

    List<CollectedItem> items = c.collectedItems();

    assertThat(items).extracting(CollectedItem::purpose).containsExactlyElementsOf(attribution.purposes());
    assertThat(items).allSatisfy(i -> {
      assertThat(i.id()).isEqualTo(CollectedItemId.parse("c-6"));
      assertThat(i.subject()).isEqualTo(YP);
      assertThat(i.collectedAt()).isEqualTo(NOW);
      assertThat(i.publishedAt()).isEqualTo(NOW.plusSeconds(5));
    });
  }

  @Test
  void aNamedContributionIsCollectedUnderBothItsPurposes() {
    Contribution c = Contribution.inForum(cid("c-7"), ContributionKind.IDEA, YP, YAG, NOW, Attribution.NAMED);
    assertThat(c.collectedItems()).extracting(CollectedItem::purpose)
        .containsExactly(Purpose.quotation(QuoteAttribution.FIRST_NAME), Purpose.publicCredit());
  }
}
