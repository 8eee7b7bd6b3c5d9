package io.coproduce.participation.workmap;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.NullPointerTester;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.strategy.ObjectiveId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Null checks across the package. Id text is outside input, so a null id text is reported as an
 * {@link io.coproduce.core.error.InvalidInputException} and is covered by {@link WorkstreamIdTest};
 * a workstream's nullable last day (no planned end) is covered by {@link WorkstreamTest}.
 */
class PackageSanityTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(WorkstreamId.class, WorkMapWorld.wid("w-1"))
      .setDefault(OrganisationId.class, WorkMapWorld.ANNA)
      .setDefault(ObjectiveId.class, WorkMapWorld.O1)
      .setDefault(LocalDate.class, WorkMapWorld.ON)
      .setDefault(Region.class, Region.LONDON)
      .setDefault(AgeBand.class, AgeBand.AGE_13_TO_15)
      .setDefault(Workstream.class, WorkMapWorld.A1)
      .setDefault(Bid.class, Bid.of(List.of(WorkMapWorld.O1), List.of(AgeBand.AGE_13_TO_15), List.of(Region.LONDON),
          List.of(), List.of()));

  @Test
  void staticFactoriesRejectNull() {
    tester.testAllPublicStaticMethods(Workstream.class);
    tester.testAllPublicStaticMethods(WorkMap.class);
    tester.testAllPublicStaticMethods(Bid.class);
    tester.testAllPublicStaticMethods(Region.class);
  }

  @Test
  void instanceMethodsRejectNull() {
    tester.testAllPublicInstanceMethods(WorkMapWorld.WORLD);
    tester.testAllPublicInstanceMethods(WorkMapWorld.A1);
    tester.testAllPublicInstanceMethods(Region.ENGLAND);
    tester.testAllPublicInstanceMethods(WorkMapWorld.builder("w-2", WorkMapWorld.ANNA));
    tester.testAllPublicInstanceMethods(WorkMapWorld.WORLD.overlapsOn(WorkMapWorld.ON).get(0));
    tester.testAllPublicInstanceMethods(WorkMapWorld.WORLD.candidatePartners(
        Bid.of(List.of(WorkMapWorld.O1), List.of(AgeBand.AGE_16_TO_17), List.of(Region.LONDON), List.of(),
            List.of()), WorkMapWorld.ON).get(0));
    tester.testAllPublicInstanceMethods(Bid.of(List.of(WorkMapWorld.O1), List.of(AgeBand.AGE_16_TO_17),
        List.of(Region.LONDON), List.of(), List.of()));
  }

  @Test
  void constructorsRejectNull() {
    tester.testAllPublicConstructors(Overlap.class);
    tester.testAllPublicConstructors(ObjectiveGap.class);
    tester.testAllPublicConstructors(AgeBandGap.class);
    tester.testAllPublicConstructors(Gaps.class);
    tester.testAllPublicConstructors(Bid.class);
    tester.testAllPublicConstructors(PartnerMatch.class);
    tester.testAllPublicConstructors(PartnerCandidate.class);
  }

  @Test
  void collectionsOfNullsAreRefused() {
    assertThatNullPointerException().isThrownBy(() -> WorkMap.of(Arrays.asList(WorkMapWorld.A1, null)));
    assertThatNullPointerException().isThrownBy(() -> Region.areasOf(Arrays.asList(Region.LONDON, null)));
    assertThatNullPointerException().isThrownBy(() -> WorkMapWorld.builder("w-3", WorkMapWorld.ANNA)
        .regions(Arrays.asList(Region.LONDON, null)));
    assertThatNullPointerException().isThrownBy(() -> Bid.of(List.of(WorkMapWorld.O1), List.of(AgeBand.AGE_6_TO_9),
        Arrays.asList(Region.LONDON, null), List.of(), List.of()));
  }
}
