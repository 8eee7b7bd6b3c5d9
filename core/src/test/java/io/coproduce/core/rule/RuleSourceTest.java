package io.coproduce.core.rule;

import static io.coproduce.core.error.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource.Kind;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleSourceTest {

  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of((Function<String, RuleSource>) RuleSource::law, Kind.LAW, "law"),
        Arguments.of(
            (Function<String, RuleSource>) RuleSource::statutoryGuidance,
            Kind.STATUTORY_GUIDANCE,
            "statutory guidance"),
        Arguments.of(
            (Function<String, RuleSource>) RuleSource::guidance, Kind.GUIDANCE, "guidance"),
        Arguments.of(
            (Function<String, RuleSource>) RuleSource::organisationPolicy,
            Kind.ORGANISATION_POLICY,
            "organisation policy"),
        Arguments.of(
            (Function<String, RuleSource>) RuleSource::libraryDefault,
            Kind.LIBRARY_DEFAULT,
            "library default"));
  }

  @ParameterizedTest
  @MethodSource("factories")
  void eachFactoryGivesItsKind(Function<String, RuleSource> factory, Kind kind, String words) {
    RuleSource source = factory.apply("Children Act 1989 s.3");

    assertThat(source.kind()).isEqualTo(kind);
    assertThat(source.citation()).isEqualTo("Children Act 1989 s.3");
    assertThat(source).isEqualTo(new RuleSource(kind, "Children Act 1989 s.3"));
  }

  @ParameterizedTest
  @MethodSource("factories")
  void toStringNamesTheKindInPlainLowerCaseWhateverTheDefaultLocale(
      Function<String, RuleSource> factory, Kind kind, String words) {
    // Surefire runs with a Turkish default locale, where "I".toLowerCase() is a dotless i.
    assertThat(factory.apply("NSPCC ratios (2023)"))
        .hasToString("NSPCC ratios (2023) [" + words + "]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\n  "})
  void rejectsABlankCitation(String citation) {
    InvalidInputException e = rejectionOf(() -> RuleSource.law(citation));

    assertThat(e.field()).isEqualTo("ruleSource.citation");
    assertThat(e.rule()).isEqualTo("must not be blank");
  }

  @Test
  void rejectsNullNamingTheComponent() {
    assertThatNullPointerException()
        .isThrownBy(() -> new RuleSource(null, "x"))
        .withMessage("kind");
    assertThatNullPointerException()
        .isThrownBy(() -> new RuleSource(Kind.LAW, null))
        .withMessage("citation");
  }

  @Test
  void keepsTheCitationAsGiven() {
    assertThat(RuleSource.guidance("  ICO code, Annex B ").citation())
        .isEqualTo("  ICO code, Annex B ");
  }

  @Test
  void kindsAreOrderedStrongestFirst() {
    assertThat(Kind.values())
        .containsExactly(
            Kind.LAW,
            Kind.STATUTORY_GUIDANCE,
            Kind.GUIDANCE,
            Kind.ORGANISATION_POLICY,
            Kind.LIBRARY_DEFAULT);
  }

  @Test
  void equalsAndHashCodeFollowKindAndCitation() {
    new EqualsTester()
        .addEqualityGroup(
            RuleSource.law("Children Act 1989 s.3"),
            new RuleSource(Kind.LAW, "Children Act 1989 s.3"),
            RuleSource.law("Children Act 1989 s.3"))
        .addEqualityGroup(RuleSource.guidance("Children Act 1989 s.3"))
        .addEqualityGroup(RuleSource.law("Children Act 1989 s.2"))
        .addEqualityGroup(RuleSource.law("children act 1989 s.3"))
        .testEquals();
  }
}
