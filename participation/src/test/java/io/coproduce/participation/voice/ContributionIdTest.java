package io.coproduce.participation.voice;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.id.IdentifierSyntax;
import io.coproduce.participation.Examples;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

class ContributionIdTest {

  @Test
  void mintedIdsAreValidAndRoundTripThroughText() {
    qt().withFixedSeed(20260610L).withExamples(Examples.atMost(200))
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          ContributionId id = ContributionId.random(new SplittableRandom(seed));
          assertThat(id.value()).hasSize(IdentifierSyntax.MINTED_LENGTH);
          assertThat(ContributionId.parse(id.toString())).isEqualTo(id);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " c-1", "-c", "sam@example.org"})
  void refusesTextThatIsNotAnId(String text) {
    assertThat(rejectionOf(() -> ContributionId.parse(text)).field()).isEqualTo("contributionId");
  }
}
