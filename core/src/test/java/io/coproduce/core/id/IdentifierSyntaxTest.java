package io.coproduce.core.id;

import static io.coproduce.core.error.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.base.Strings;
import io.coproduce.core.error.InvalidInputException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierSyntaxTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "Z",
        "7",
        "P-0001",
        "org.example",
        "young_person_12",
        "0123456789",
        "A.B_C-D",
        "a--",
        "x.",
        "x_"
      })
  void acceptsLettersDigitsAndSeparators(String id) {
    assertThat(IdentifierSyntax.isValid(id)).isTrue();
    assertThat(IdentifierSyntax.requireValid("personId", id)).isSameAs(id);
  }

  @Test
  void acceptsDotsAndUnderscoresAfterFirstCharacter() {
    assertThat(IdentifierSyntax.isValid("a.b_c")).isTrue();
    assertThat(IdentifierSyntax.isValid("a..__..")).isTrue();
  }

  @Test
  void acceptsAnIdOfExactly64Characters() {
    String longest = Strings.repeat("a", IdentifierSyntax.MAX_LENGTH);

    assertThat(longest).hasSize(64);
    assertThat(IdentifierSyntax.isValid(longest)).isTrue();
  }

  @Test
  void rejectsAnIdOf65Characters() {
    assertThat(IdentifierSyntax.isValid(Strings.repeat("a", 65))).isFalse();
  }

  @Test
  void distinguishesUpperAndLowerCase() {
    assertThat(IdentifierSyntax.requireValid("id", "abc")).isNotEqualTo("ABC");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", ".a", "_a", "-a", " a", "a ", "a b", "a\n", "\na", "a/b", "a@b", "a+b", "a:b", "é", "ı",
        "İ", "straße", "١٢", "０", "a\u00a0", "a\u200b", "\u0000"
      })
  void rejectsAnythingElse(String text) {
    assertThat(IdentifierSyntax.isValid(text)).isFalse();

    InvalidInputException e = rejectionOf(() -> IdentifierSyntax.requireValid("personId", text));

    assertThat(e.field()).isEqualTo("personId");
    assertThat(e.rule()).isEqualTo(IdentifierSyntax.RULE);
    assertThat(e.offendingValue()).as("withheld: a mistaken id may be a name or email").isEmpty();
    assertThat(e.getMessage()).doesNotContain("was \"");
  }

  @Test
  void statesTheRuleInTheErrorMessage() {
    InvalidInputException e =
        rejectionOf(() -> IdentifierSyntax.requireValid("consent.subject", "a b"));

    assertThat(e)
        .hasMessage(
            "consent.subject: must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-', "
                + "starting with a letter or digit");
  }

  @Test
  void nullIsNotValid() {
    assertThat(IdentifierSyntax.isValid(null)).isFalse();
  }

  @Test
  void requireValidRejectsNullTextAsInvalidInput() {
    // Null text is bad input from outside (a missing JSON field), not a programming error.
    InvalidInputException e = rejectionOf(() -> IdentifierSyntax.requireValid("personId", null));

    assertThat(e).hasMessage("personId: must not be null");
    assertThat(e.offendingValue()).isEmpty();
  }

  @Test
  void requireValidNeedsAFieldName() {
    assertThatNullPointerException()
        .isThrownBy(() -> IdentifierSyntax.requireValid(null, "a"))
        .withMessage("field");
  }

  @Test
  void mintsTwentySixCrockfordBase32Characters() {
    String id = IdentifierSyntax.mint(new SplittableRandom(20261123L));

    assertThat(id).hasSize(IdentifierSyntax.MINTED_LENGTH).matches("[0-9A-HJKMNP-TV-Z]{26}");
    assertThat(IdentifierSyntax.isValid(id)).isTrue();
  }

  @Test
  void mintsTheSameIdFromTheSameSeed() {
    assertThat(IdentifierSyntax.mint(new SplittableRandom(42)))
        .isEqualTo(IdentifierSyntax.mint(new SplittableRandom(42)))
        .isNotEqualTo(IdentifierSyntax.mint(new SplittableRandom(43)));
  }

  @Test
  void mintedIdsFitTheSyntax() {
    assertThat(IdentifierSyntax.MINTED_LENGTH).isLessThanOrEqualTo(IdentifierSyntax.MAX_LENGTH);
  }

  @Test
  void mintNeedsARandomGenerator() {
    assertThatNullPointerException()
        .isThrownBy(() -> IdentifierSyntax.mint(null))
        .withMessage("random");
  }
}
