package io.coproduce.participation.forum;

import com.google.common.testing.NullPointerTester;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.participation.layer.Layer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Null checks across the package. Id text is outside input, so a null id text is reported as
 * an {@link io.coproduce.core.error.InvalidInputException} and is covered by {@link ForumIdTest};
 * the nullable components of {@link Term} (no planned end, not ended early) are covered by
 * {@link TermTest}.
 */
class PackageSanityTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(ForumId.class, ForumFixtures.YAG.id())
      .setDefault(PersonId.class, ForumFixtures.YP_1)
      .setDefault(OrganisationId.class, ForumFixtures.CHARITY)
      .setDefault(LocalDate.class, ForumFixtures.ON)
      .setDefault(Layer.class, Layer.SERVICE)
      .setDefault(Term.class, Term.from(ForumFixtures.START))
      .setDefault(Forum.class, ForumFixtures.YAG)
      .setDefault(RepresentationLink.class, ForumFixtures.link(ForumFixtures.YP_1, ForumFixtures.YAG,
          ForumFixtures.STEERING))
      .setDefault(YoungPeople.class, YoungPeople.none());

  @Test
  void staticFactoriesRejectNull() {
    tester.testAllPublicStaticMethods(Forum.class);
    tester.testAllPublicStaticMethods(Membership.class);
    tester.testAllPublicStaticMethods(RepresentationLink.class);
    tester.testAllPublicStaticMethods(Hop.class);
    tester.testAllPublicStaticMethods(YoungPeople.class);
    tester.testAllPublicStaticMethods(ForumNetwork.class);
  }

  @Test
  void constructorsRejectNull() {
    tester.testAllPublicConstructors(Forum.class);
    tester.testAllPublicConstructors(Membership.class);
    tester.testAllPublicConstructors(RepresentationLink.class);
    tester.testAllPublicConstructors(Hop.class);
    tester.testAllPublicConstructors(ReachedForum.class);
    tester.testAllPublicConstructors(VoiceReach.class);
  }

  @Test
  void instanceMethodsRejectNull() {
    ForumNetwork network = ForumFixtures.forums()
        .withMembership(ForumFixtures.member(ForumFixtures.YAG, ForumFixtures.YP_1))
        .withLink(ForumFixtures.link(ForumFixtures.YP_1, ForumFixtures.YAG, ForumFixtures.STEERING));
    tester.testAllPublicInstanceMethods(network);
    tester.testAllPublicInstanceMethods(Term.from(ForumFixtures.START));
    tester.testAllPublicInstanceMethods(ForumFixtures.member(ForumFixtures.YAG, ForumFixtures.YP_1));
    tester.testAllPublicInstanceMethods(ForumFixtures.link(ForumFixtures.YP_1, ForumFixtures.YAG,
        ForumFixtures.STEERING));
    tester.testAllPublicInstanceMethods(YoungPeople.none());
    tester.testAllPublicInstanceMethods(network.voiceReach(ForumFixtures.YAG.id(), ForumFixtures.ON));
  }

  @Test
  void collectionsOfNullsAreRefused() {
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> ForumNetwork.of(java.util.Arrays.asList(ForumFixtures.YAG, null), List.of(), List.of()));
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> YoungPeople.of(java.util.Arrays.asList((io.coproduce.core.person.Person) null)));
  }
}
