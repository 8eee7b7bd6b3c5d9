package io.coproduce.consent.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.event.InvalidationGround;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Null checks for the export's public API. The invalidation ground of {@link
 * FhirConsentExport#consent(ConsentEvent, ConsentStatus, InvalidationGround)} may be null (no
 * ground), so that method is checked by hand.
 */
class PackageSanityTest {

  private static final PersonId YP = PersonId.parse("yp-1");
  private static final ConsentEvent GIVEN = ConsentFixtures.givenBySelf("ev-1", YP, 0, Set.of(Purpose.photography()));

  @Test
  void theExportRejectsNullEverywhereButAnAbsentGround() throws Exception {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ConsentEvent.class, GIVEN)
        .setDefault(ConsentStatus.class, ConsentStatus.GIVEN)
        .setDefault(ConsentLedger.class, ConsentLedger.inMemory())
        .setDefault(PersonId.class, YP)
        .setDefault(OrganisationId.class, ConsentFixtures.CHARITY)
        .setDefault(String.class, "https://example.org/fhir")
        .setDefault(Instant.class, ConsentFixtures.AS_OF)
        .setDefault(MaterialCatalogue.class, MaterialCatalogue.empty())
        .ignore(FhirConsentExport.class.getMethod(
            "consent", ConsentEvent.class, ConsentStatus.class, InvalidationGround.class));
    FhirConsentExport export = FhirConsentExport.defaults();

    tester.testAllPublicStaticMethods(FhirConsentExport.class);
    tester.testAllPublicInstanceMethods(export);
    assertThatThrownBy(() -> export.consent(null, ConsentStatus.GIVEN, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> export.consent(GIVEN, null, null)).isInstanceOf(NullPointerException.class);
    assertThat(export.consent(GIVEN, ConsentStatus.GIVEN, null)).isEqualTo(export.consent(GIVEN));
  }
}
