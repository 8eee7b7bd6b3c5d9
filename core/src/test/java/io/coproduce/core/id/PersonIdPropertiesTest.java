package io.coproduce.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PersonIdPropertiesTest {

  @Test
  void parseReadsBackToString() {
    qt().withFixedSeed(20261123L)
        .forAll(IdTexts.valid())
        .checkAssert(
            text -> {
              PersonId id = PersonId.parse(text);
              assertThat(id.value()).isEqualTo(text);
              assertThat(PersonId.parse(id.toString())).isEqualTo(id);
            });
  }

  @Test
  void anyStringGivesAnIdOrInvalidInputException() {
    qt().withFixedSeed(20261123L)
        .forAll(IdTexts.anyText())
        .checkAssert(
            text -> {
              Throwable thrown = catchThrowable(() -> PersonId.parse(text));
              if (thrown == null) {
                assertThat(IdentifierSyntax.isValid(text)).isTrue();
              } else {
                assertThat(thrown).isInstanceOf(InvalidInputException.class);
                assertThat(((InvalidInputException) thrown).field()).isEqualTo("personId");
                assertThat(IdentifierSyntax.isValid(text)).isFalse();
              }
            });
  }
}
