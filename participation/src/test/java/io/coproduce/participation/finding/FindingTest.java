package io.coproduce.participation.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

  private static final Reason R = Reason.of("supervision.ratio", "too few adults", RuleSource.guidance("NSPCC"));

  @Test
  void namesItsRuleAndWhetherItBlocks() {
    Finding f = Finding.of(Severity.BLOCKER, R, List.of(PersonId.parse("c-1")));

    assertThat(f.rule()).isEqualTo("supervision.ratio");
    assertThat(f.blocks()).isTrue();
    assertThat(Finding.of(Severity.WARNING, R).blocks()).isFalse();
    assertThat(Finding.of(Severity.WARNING, R).about()).isEmpty();
    assertThat(f).hasToString("BLOCKER supervision.ratio: too few adults (NSPCC [guidance])");
  }

  @Test
  void buildsFromParts() {
    Finding f = Finding.of(Severity.ADVICE, "r", "e", RuleSource.libraryDefault("d"), List.of());

    assertThat(f.reason()).isEqualTo(Reason.of("r", "e", RuleSource.libraryDefault("d")));
  }

  @Test
  void copiesThePeopleItIsAbout() {
    List<PersonId> ids = new ArrayList<>(List.of(PersonId.parse("a")));
    Finding f = Finding.of(Severity.ADVICE, R, ids);
    ids.add(PersonId.parse("b"));

    assertThat(f.about()).containsExactly(PersonId.parse("a"));
  }

  @Test
  void refusesNulls() {
    assertThatNullPointerException().isThrownBy(() -> Finding.of(null, R));
    assertThatNullPointerException().isThrownBy(() -> Finding.of(Severity.ADVICE, (Reason) null));
  }

  @Test
  void severitiesAreOrderedMostSeriousFirst() {
    assertThat(Severity.BLOCKER.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.ADVICE.isAtLeast(Severity.WARNING)).isFalse();
  }
}
