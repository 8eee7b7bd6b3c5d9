package io.coproduce.participation.forum;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.forum.ForumFixtures.YP_1;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.error.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RepresentationLinkTest {

  private static final ForumId A = ForumId.parse("f-a");
  private static final ForumId B = ForumId.parse("f-b");
  private static final LocalDate FROM = LocalDate.of(2025, 9, 1);

  @Test
  void carriesVoiceFromOneForumToAnotherWhileActive() {
    RepresentationLink link = RepresentationLink.of(YP_1, A, B, Term.between(FROM, FROM.plusDays(10)));
    assertThat(link.member()).isEqualTo(YP_1);
    assertThat(link.from()).isEqualTo(A);
    assertThat(link.to()).isEqualTo(B);
    assertThat(link.activeOn(FROM)).isTrue();
    assertThat(link.activeOn(FROM.plusDays(11))).isFalse();
  }

  @Test
  void aForumDoesNotRepresentItself() {
    InvalidInputException e = rejectionOf(() -> RepresentationLink.of(YP_1, A, A, Term.from(FROM)));
    assertThat(e.field()).isEqualTo("link.to");
    assertThat(e.rule()).contains("must differ from link.from");
    assertThat(e.offendingValue()).contains("f-a");
  }

  @Test
  void endsEarly() {
    RepresentationLink ended = RepresentationLink.of(YP_1, A, B, Term.from(FROM))
        .endedEarly(FROM.plusDays(3), TermEndReason.STEPPED_DOWN);
    assertThat(ended.activeOn(FROM.plusDays(3))).isTrue();
    assertThat(ended.activeOn(FROM.plusDays(4))).isFalse();
    assertThat(ended.member()).isEqualTo(YP_1);
    assertThat(ended.from()).isEqualTo(A);
    assertThat(ended.to()).isEqualTo(B);
  }

  @Test
  void toStringShowsIdsAndTerm() {
    assertThat(RepresentationLink.of(YP_1, A, B, Term.from(FROM))).hasToString("yp-1: f-a -> f-b (2025-09-01..)");
  }
}
