package io.coproduce.participation.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TermEndReasonTest {

  @Test
  void labelsAreDistinctAndReadable() {
    assertThat(Arrays.stream(TermEndReason.values()).map(TermEndReason::label))
        .doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).isNotBlank().isLowerCase());
    assertThat(TermEndReason.AGED_OUT.label()).isEqualTo("aged out of the forum's age range");
  }

  @Test
  void everyReasonHasATextFormInTerms() {
    for (TermEndReason reason : TermEndReason.values()) {
      Term term = Term.from(ForumFixtures.START).endedEarly(ForumFixtures.ON, reason);
      assertThat(Term.parse(term.toString()).earlyEndReason()).contains(reason);
    }
  }
}
