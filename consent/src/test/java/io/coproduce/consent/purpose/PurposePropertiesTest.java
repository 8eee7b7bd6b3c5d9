package io.coproduce.consent.purpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class PurposePropertiesTest {

  static Gen<Purpose> purposes() {
    Gen<String> ids = SourceDSL.strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12);
    return SourceDSL.integers().between(0, PurposeKind.values().length - 1).zip(ids, SourceDSL.integers().between(0, 2),
        (k, id, q) -> switch (PurposeKind.values()[k]) {
          case QUOTATION -> Purpose.quotation(QuoteAttribution.values()[q]);
          case RESEARCH -> Purpose.research(ResearchKind.values()[q % 2]);
          case ONLINE_SERVICE -> Purpose.onlineService(OnlineServiceKind.values()[q % 2]);
          case SHARING -> Purpose.sharingWith(OrganisationId.parse(id));
          case ORGANISATION_DEFINED -> Purpose.organisationDefined(id);
          default -> Purpose.of(PurposeKind.values()[k]);
        });
  }

  @Test
  void parseReadsBackToString() {
    qt().withFixedSeed(20261201L).forAll(purposes())
        .checkAssert(p -> assertThat(Purpose.parse(p.toString())).isEqualTo(p));
  }

  @Test
  void anyTextGivesAPurposeOrInvalidInput() {
    qt().withFixedSeed(20261201L)
        .forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 40))
        .checkAssert(text -> {
          Throwable thrown = catchThrowable(() -> Purpose.parse(text));
          if (thrown == null) {
            assertThat(Purpose.parse(text).toString()).isEqualTo(text);
          } else {
            assertThat(thrown).isInstanceOf(InvalidInputException.class);
            assertThat(((InvalidInputException) thrown).field()).startsWith("purpose");
          }
        });
  }

  @Test
  void orderIsConsistentWithEquals() {
    qt().withFixedSeed(20261201L).forAll(purposes(), purposes())
        .checkAssert((a, b) -> {
          assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
          assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        });
  }
}
