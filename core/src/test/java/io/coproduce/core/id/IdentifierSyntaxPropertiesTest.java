package io.coproduce.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.coproduce.core.error.InvalidInputException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdentifierSyntaxPropertiesTest {

  @Test
  void mintingWithASeededGeneratorAlwaysGivesAValidId() {
    qt().withFixedSeed(20261123L)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              for (int i = 0; i < 5; i++) {
                String id = IdentifierSyntax.mint(random);
                assertThat(id)
                    .hasSize(IdentifierSyntax.MINTED_LENGTH)
                    .matches("[0-9A-HJKMNP-TV-Z]+");
                assertThat(IdentifierSyntax.isValid(id)).isTrue();
                assertThat(IdentifierSyntax.requireValid("id", id)).isSameAs(id);
              }
            });
  }

  @Test
  void isValidAgreesWithRequireValid() {
    qt().withFixedSeed(20261123L)
        .forAll(IdTexts.anyText())
        .checkAssert(
            text -> {
              Throwable thrown = catchThrowable(() -> IdentifierSyntax.requireValid("id", text));
              if (IdentifierSyntax.isValid(text)) {
                assertThat(thrown).isNull();
              } else {
                assertThat(thrown).isInstanceOf(InvalidInputException.class);
              }
            });
  }

  @Test
  void everyTextFollowingTheSyntaxIsValid() {
    qt().withFixedSeed(20261123L)
        .forAll(IdTexts.valid())
        .checkAssert(
            text -> {
              assertThat(text.length()).isBetween(1, IdentifierSyntax.MAX_LENGTH);
              assertThat(IdentifierSyntax.isValid(text)).isTrue();
            });
  }

  @Test
  void theHandWrittenCheckAgreesWithTheDocumentedPattern() {
    qt().withFixedSeed(20261201L)
        .forAll(IdTexts.anyText())
        .checkAssert(text -> assertThat(IdentifierSyntax.isValid(text))
            .isEqualTo(IdentifierSyntax.SYNTAX.matcher(text).matches()));
    qt().withFixedSeed(20261202L)
        .forAll(IdTexts.valid())
        .checkAssert(text -> assertThat(IdentifierSyntax.isValid(text)).isTrue());
  }
}
