package io.coproduce.consent.gate;

import com.google.common.testing.NullPointerTester;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.core.responsibility.ParentalResponsibility;
import org.junit.jupiter.api.Test;

/** Null checks for the gate's public API. */
class PackageSanityTest {

  @Test
  void gateRejectsNullEverywhere() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(io.coproduce.core.person.Person.class, io.coproduce.core.person.Person.youngPerson(io.coproduce.core.id.PersonId.parse("yp-1"),
            io.coproduce.core.age.BirthInformation.ofDate(java.time.LocalDate.of(2012, 1, 1)),
            io.coproduce.core.jurisdiction.Jurisdiction.ENGLAND))
        .setDefault(ConsentLedger.class, ConsentLedger.inMemory())
        .setDefault(ConsentPolicy.class, ConsentPolicy.defaults())
        .setDefault(ParentalResponsibility.class, ParentalResponsibility.empty())
        .setDefault(MaterialCatalogue.class, MaterialCatalogue.empty());
    tester.testAllPublicStaticMethods(ConsentGate.class);
    tester.testAllPublicInstanceMethods(new GateWorld().gate());
  }
}
