package io.coproduce.core.id;

import static io.coproduce.core.error.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.InvalidInputException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonIdTest {

  @Test
  void parsesItsOwnText() {
    PersonId id = PersonId.parse("P-0001");

    assertThat(id.value()).isEqualTo("P-0001");
    assertThat(id).hasToString("P-0001").isEqualTo(new PersonId("P-0001"));
  }

  @Test
  void isAParty() {
    assertThat(PersonId.parse("P-1")).isInstanceOf(PartyId.class);
  }

  @Test
  void acceptsDotsAndUnderscoresAfterFirstCharacter() {
    assertThat(PersonId.parse("yp.2026_a-1").value()).isEqualTo("yp.2026_a-1");
  }

  @Test
  void acceptsAnIdOfExactly64Characters() {
    String longest = Strings.repeat("9", 64);

    assertThat(PersonId.parse(longest).value()).isEqualTo(longest);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "_p", "p 1", "p\n", "alice@example.org", "ı"})
  void rejectsTextOutsideTheIdSyntaxNamingTheField(String text) {
    InvalidInputException e = rejectionOf(() -> PersonId.parse(text));

    assertThat(e.field()).isEqualTo("personId");
    assertThat(e.rule()).isEqualTo(IdentifierSyntax.RULE);
  }

  @Test
  void rejectsAnIdOf65Characters() {
    assertThat(rejectionOf(() -> new PersonId(Strings.repeat("a", 65))).field())
        .isEqualTo("personId");
  }

  @Test
  void rejectsNullAsInvalidInput() {
    assertThat(rejectionOf(() -> PersonId.parse(null))).hasMessage("personId: must not be null");
    assertThat(rejectionOf(() -> new PersonId(null))).hasMessage("personId: must not be null");
  }

  @Test
  void mintsValidRepeatableIdsFromASeededGenerator() {
    PersonId first = PersonId.random(new SplittableRandom(7));

    assertThat(IdentifierSyntax.isValid(first.value())).isTrue();
    assertThat(first.value()).hasSize(IdentifierSyntax.MINTED_LENGTH);
    assertThat(PersonId.random(new SplittableRandom(7))).isEqualTo(first);
  }

  @Test
  void equalsAndHashCodeFollowTheTextExactly() {
    new EqualsTester()
        .addEqualityGroup(PersonId.parse("P-1"), new PersonId("P-1"), PersonId.parse("P-1"))
        .addEqualityGroup(PersonId.parse("p-1"))
        .addEqualityGroup(PersonId.parse("P-01"))
        .addEqualityGroup(OrganisationId.parse("P-1"))
        .testEquals();
  }
}
