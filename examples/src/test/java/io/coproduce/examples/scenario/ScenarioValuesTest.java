package io.coproduce.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;

/** The scenario's small value types refuse what cannot be. */
class ScenarioValuesTest {

  private static final OrganisationId ORG = OrganisationId.parse("org-x");

  @Test
  void organisationNeedsALabelAndAValidLocalSystem() {
    assertThat(Organisation.of(ORG, OrganisationKind.SCHOOL, Jurisdiction.WALES, "Fernleigh Academy", 3).localSystem())
        .isEqualTo(3);
    assertThat(Organisation.of(ORG, OrganisationKind.NATIONAL_CHARITY, Jurisdiction.ENGLAND, "Hub", -1).localSystem())
        .isEqualTo(-1);
    assertThatThrownBy(() -> Organisation.of(ORG, OrganisationKind.SCHOOL, Jurisdiction.WALES, " ", 0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("organisation.label"));
    assertThatThrownBy(() -> Organisation.of(ORG, OrganisationKind.SCHOOL, Jurisdiction.WALES, "A", -2))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("organisation.localSystem"));
    assertThatThrownBy(() -> Organisation.of(null, OrganisationKind.SCHOOL, Jurisdiction.WALES, "A", 0))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
  }

  @Test
  void answerKeysNeedTheirParts() {
    assertThatThrownBy(() -> new PlantedFault(null, SessionFault.UNVETTED_ADULT_ALONE))
        .isInstanceOf(NullPointerException.class).hasMessage("session");
    assertThatThrownBy(() -> new PlantedConsent(null, ConsentStory.EXPIRED))
        .isInstanceOf(NullPointerException.class).hasMessage("person");
  }

  @Test
  void storiesAreAboutPhotographsExceptTheOnlineBirthday() {
    for (ConsentStory story : ConsentStory.values()) {
      assertThat(story.purpose().kind().name())
          .isEqualTo(story == ConsentStory.TURNED_13_ONLINE ? "ONLINE_SERVICE" : "PHOTOGRAPHY");
    }
  }
}
