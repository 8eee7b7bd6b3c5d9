package io.coproduce.consent.policy;

import com.google.common.testing.NullPointerTester;
import io.coproduce.consent.purpose.Purpose;
import org.junit.jupiter.api.Test;

/** Null checks for the policy's public API. */
class PackageSanityTest {

  @Test
  void policyAndBuilderRejectNull() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(io.coproduce.core.person.Person.class, io.coproduce.core.person.Person.youngPerson(io.coproduce.core.id.PersonId.parse("yp-1"),
            io.coproduce.core.age.BirthInformation.ofDate(java.time.LocalDate.of(2012, 1, 1)),
            io.coproduce.core.jurisdiction.Jurisdiction.ENGLAND)).setDefault(Purpose.class, Purpose.takingPart());
    tester.testAllPublicInstanceMethods(ConsentPolicy.defaults());
    tester.testAllPublicInstanceMethods(ConsentPolicy.builder());
  }
}
