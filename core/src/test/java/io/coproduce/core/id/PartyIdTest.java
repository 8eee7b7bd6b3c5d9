package io.coproduce.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyIdTest {

  @Test
  void isEitherAPersonOrAnOrganisation() {
    assertThat(PartyId.class.isSealed()).isTrue();
    assertThat(PartyId.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(PersonId.class, OrganisationId.class);
  }

  @Test
  void aPersonAndAnOrganisationWithTheSameTextAreDifferentParties() {
    PartyId person = PersonId.parse("X-1");
    PartyId organisation = OrganisationId.parse("X-1");

    assertThat(person.value()).isEqualTo(organisation.value());
    assertThat(person).isNotEqualTo(organisation);
    assertThat(List.of(person, organisation)).doesNotHaveDuplicates();
  }
}
