package io.coproduce.participation.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.QuoteAttribution;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttributionTest {

  static Stream<Arguments> purposesPerAttribution() {
    return Stream.of(
        Arguments.of(Attribution.ANONYMOUS, List.of(Purpose.quotation(QuoteAttribution.ANONYMOUS)), false),
        Arguments.of(Attribution.CHOSEN_NAME, List.of(Purpose.quotation(QuoteAttribution.CHOSEN_NAME)), true),
        Arguments.of(Attribution.FIRST_NAME, List.of(Purpose.quotation(QuoteAttribution.FIRST_NAME)), true),
        Arguments.of(Attribution.NAMED,
            List.of(Purpose.quotation(QuoteAttribution.FIRST_NAME), Purpose.publicCredit()), true));
  }

  @ParameterizedTest
  @MethodSource("purposesPerAttribution")
  void eachAttributionRestsOnItsOwnConsentPurposes(Attribution a, List<Purpose> purposes, boolean identifies) {
    assertThat(a.purposes()).containsExactlyElementsOf(purposes);
    assertThat(a.identifies()).isEqualTo(identifies);
  }
}
