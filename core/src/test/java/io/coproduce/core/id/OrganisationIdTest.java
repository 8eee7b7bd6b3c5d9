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

class OrganisationIdTest {

  @Test
  void parsesItsOwnText() {
    OrganisationId id = OrganisationId.parse("la.leeds");

    assertThat(id.value()).isEqualTo("la.leeds");
    assertThat(id).hasToString("la.leeds").isEqualTo(new OrganisationId("la.leeds"));
  }

  @Test
  void isAParty() {
    assertThat(OrganisationId.parse("O-1")).isInstanceOf(PartyId.class);
  }

  @Test
  void acceptsDotsAndUnderscoresAfterFirstCharacter() {
    assertThat(OrganisationId.parse("nhs.trust_rx3").value()).isEqualTo("nhs.trust_rx3");
  }

  @Test
  void acceptsAnIdOfExactly64Characters() {
    String longest = Strings.repeat("Z", 64);

    assertThat(OrganisationId.parse(longest).value()).isEqualTo(longest);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-org", "org name", "org/unit", "örg"})
  void rejectsTextOutsideTheIdSyntaxNamingTheField(String text) {
    InvalidInputException e = rejectionOf(() -> OrganisationId.parse(text));

    assertThat(e.field()).isEqualTo("organisationId");
    assertThat(e.rule()).isEqualTo(IdentifierSyntax.RULE);
    assertThat(e.offendingValue()).as("withheld: a mistaken id may be a name or email").isEmpty();
    assertThat(e.getMessage()).doesNotContain("was \"");
  }

  @Test
  void rejectsAnIdOf65Characters() {
    assertThat(rejectionOf(() -> new OrganisationId(Strings.repeat("a", 65))).field())
        .isEqualTo("organisationId");
  }

  @Test
  void rejectsNullAsInvalidInput() {
    assertThat(rejectionOf(() -> OrganisationId.parse(null)))
        .hasMessage("organisationId: must not be null");
  }

  @Test
  void mintsValidRepeatableIdsFromASeededGenerator() {
    OrganisationId first = OrganisationId.random(new SplittableRandom(11));

    assertThat(IdentifierSyntax.isValid(first.value())).isTrue();
    assertThat(OrganisationId.random(new SplittableRandom(11))).isEqualTo(first);
  }

  @Test
  void equalsAndHashCodeFollowTheTextExactly() {
    new EqualsTester()
        .addEqualityGroup(OrganisationId.parse("O-1"), new OrganisationId("O-1"))
        .addEqualityGroup(OrganisationId.parse("o-1"))
        .addEqualityGroup(PersonId.parse("O-1"))
        .testEquals();
  }
}
