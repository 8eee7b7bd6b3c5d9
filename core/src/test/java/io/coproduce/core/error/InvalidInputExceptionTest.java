package io.coproduce.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.base.Strings;
import com.google.common.testing.SerializableTester;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

  @Test
  void namesTheFieldTheRuleAndTheValueInTheMessage() {
    InvalidInputException e = InvalidInputException.of("person.id", "must not be blank", " ");

    assertThat(e).hasMessage("person.id: must not be blank (was \" \")");
    assertThat(e.field()).isEqualTo("person.id");
    assertThat(e.rule()).isEqualTo("must not be blank");
    assertThat(e.offendingValue()).contains(" ");
    assertThat(e).hasNoCause();
  }

  @Test
  void saysNothingAboutTheValueWhenThereWasNone() {
    InvalidInputException e = InvalidInputException.of("personId", "must not be null", null);

    assertThat(e).hasMessage("personId: must not be null");
    assertThat(e.offendingValue()).isEmpty();
  }

  @Test
  void showsNonTextValuesAsText() {
    InvalidInputException e = InvalidInputException.of("years", "must be 0 to 130", 131);

    assertThat(e).hasMessage("years: must be 0 to 130 (was \"131\")");
    assertThat(e.offendingValue()).contains("131");
  }

  @Test
  void personalNeverIncludesTheValue() {
    InvalidInputException e =
        InvalidInputException.personal("dateOfBirth", "year must be 1850 to 9999");

    assertThat(e).hasMessage("dateOfBirth: year must be 1850 to 9999");
    assertThat(e.field()).isEqualTo("dateOfBirth");
    assertThat(e.rule()).isEqualTo("year must be 1850 to 9999");
    assertThat(e.offendingValue()).isEmpty();
    assertThat(e).hasNoCause();
  }

  @Test
  void underPrefixesTheFieldAndKeepsTheRuleValueAndCause() {
    InvalidInputException inner = InvalidInputException.of("personId", "must be valid", "a b");

    InvalidInputException outer = inner.under("consent.subject");

    assertThat(outer.field()).isEqualTo("consent.subject.personId");
    assertThat(outer).hasMessage("consent.subject.personId: must be valid (was \"a b\")");
    assertThat(outer.rule()).isEqualTo("must be valid");
    assertThat(outer.offendingValue()).contains("a b");
    assertThat(outer).hasCause(inner);
  }

  @Test
  void underKeepsAPersonalValueWithheld() {
    InvalidInputException outer =
        InvalidInputException.personal("dateOfBirth", "must not be in the future").under("person");

    assertThat(outer).hasMessage("person.dateOfBirth: must not be in the future");
    assertThat(outer.offendingValue()).isEmpty();
  }

  @Test
  void underNestsOutwards() {
    InvalidInputException e =
        InvalidInputException.of("id", "must be valid", "x!").under("subject").under("consent");

    assertThat(e.field()).isEqualTo("consent.subject.id");
  }

  @Test
  void abbreviatesLongValuesInTheMessageButKeepsThemWhole() {
    String value = Strings.repeat("x", 100);

    InvalidInputException e = InvalidInputException.of("note", "must be short", value);

    assertThat(e).hasMessage("note: must be short (was \"" + Strings.repeat("x", 77) + "...\")");
    assertThat(e.offendingValue()).contains(value);
  }

  @Test
  void showsValuesOfUpTo80CharactersInFull() {
    String value = Strings.repeat("y", 80);

    assertThat(InvalidInputException.of("note", "must be short", value))
        .hasMessage("note: must be short (was \"" + value + "\")");
    assertThat(InvalidInputException.of("note", "must be short", value + "z").getMessage())
        .endsWith(Strings.repeat("y", 77) + "...\")");
  }

  @Test
  void keepsTheUnderlyingCause() {
    IllegalStateException cause = new IllegalStateException("boom");

    assertThat(InvalidInputException.of("field", "rule", "value", cause)).hasCause(cause);
  }

  @Test
  void acceptsNullOffendingValueAndCause() {
    InvalidInputException e = InvalidInputException.of("field", "rule", null, null);

    assertThat(e).hasMessage("field: rule").hasNoCause();
  }

  @Test
  void rejectsNullFieldOrRuleNamingTheParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> InvalidInputException.of(null, "rule", "v"))
        .withMessage("field");
    assertThatNullPointerException()
        .isThrownBy(() -> InvalidInputException.of("field", null, "v"))
        .withMessage("rule");
    assertThatNullPointerException()
        .isThrownBy(() -> InvalidInputException.personal(null, "rule"))
        .withMessage("field");
    assertThatNullPointerException()
        .isThrownBy(() -> InvalidInputException.of("f", "r", "v").under(null))
        .withMessage("parentField");
  }

  @Test
  void isAnUncheckedCoproduceException() {
    assertThat(InvalidInputException.of("f", "r", "v"))
        .isInstanceOf(CoproduceException.class)
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void survivesSerialization() {
    InvalidInputException copy =
        SerializableTester.reserialize(InvalidInputException.of("f", "r", "v").under("p"));

    assertThat(copy.field()).isEqualTo("p.f");
    assertThat(copy.rule()).isEqualTo("r");
    assertThat(copy.offendingValue()).contains("v");
    assertThat(copy).hasMessage("p.f: r (was \"v\")");
  }
}
