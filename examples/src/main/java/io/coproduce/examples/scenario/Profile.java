package io.coproduce.examples.scenario;

import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the generator derives for one young person: the person record, where they live,
 * who holds parental responsibility, their planted consent story (or none) and when their
 * ordinary consents were recorded.
 */
record Profile(int index, Person person, int localSystem, ConsentStory story, PersonId mother,
    LocalDate motherBirth, PersonId father, ResponsibilityBasis fatherBasis, LocalDate fatherFrom,
    OrganisationId authority, ResponsibilityBasis authorityBasis, LocalDate authorityFrom, Instant firstConsentAt) {

  /** Whether the person holds only ordinary, valid consents (no planted story). */
  boolean clean() {
    return story == null;
  }

  /** Whether a local authority holds parental responsibility under a care order. */
  boolean underCareOrder() {
    return authorityBasis == ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER;
  }

  /** The mother as a person record, for sessions she attends as parent or carer. */
  Person motherRecord() {
    return Person.of(mother, BirthInformation.ofDate(motherBirth), person.jurisdiction(), Role.PARENT_OR_CARER);
  }

  /** The parental-responsibility claims about this young person. */
  List<ResponsibilityClaim> claims() {
    List<ResponsibilityClaim> out = new ArrayList<>(3);
    LocalDate birth = person.birth().latestBirthDate();
    out.add(ResponsibilityClaim.of(mother, person.id(), ResponsibilityBasis.BIRTH_MOTHER, birth));
    if (father != null) {
      out.add(ResponsibilityClaim.of(father, person.id(), fatherBasis, fatherFrom));
    }
    if (authority != null) {
      out.add(ResponsibilityClaim.of(authority, person.id(), authorityBasis, authorityFrom));
    }
    return out;
  }
}
