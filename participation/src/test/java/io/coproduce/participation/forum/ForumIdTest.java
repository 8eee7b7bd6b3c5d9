package io.coproduce.participation.forum;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ForumIdTest {

  @Test
  void textFormRoundTrips() {
    assertThat(ForumId.parse("f-yag.north_1").toString()).isEqualTo("f-yag.north_1");
    assertThat(ForumId.parse(ForumId.random(new SplittableRandom(7)).toString()))
        .isEqualTo(ForumId.random(new SplittableRandom(7)));
  }

  @Test
  void refusesTextThatIsNotAnIdWithoutRepeatingIt() {
    var e = rejectionOf(() -> ForumId.parse("alex@example.org"));
    assertThat(e.field()).isEqualTo("forumId");
    assertThat(e.getMessage()).doesNotContain("example");
  }
}
