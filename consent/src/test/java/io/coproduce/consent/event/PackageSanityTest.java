package io.coproduce.consent.event;

import com.google.common.testing.NullPointerTester;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Null checks across the package. Id text is outside input, so a null id text is reported as
 * {@link io.coproduce.core.error.InvalidInputException}, not a {@link NullPointerException}; those
 * members are covered by the tests of each type. Nullable record components (the optional facts
 * of an event) are left out: the constructors validate them by action.
 */
class PackageSanityTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(RandomGenerator.class, new SplittableRandom(1))
      .setDefault(PersonId.class, PersonId.parse("p-1"))
      .setDefault(ConsentEventId.class, ConsentEventId.parse("e-1"))
      .setDefault(Instant.class, Instant.parse("2026-01-01T00:00:00Z"))
      .setDefault(InformationMaterial.class,
          InformationMaterial.nonText(MaterialId.parse("m"), MaterialVersion.of(1, 0), "en"));

  @Test
  void staticFactoriesRejectNull() throws Exception {
    tester.testMethod(null, Evidence.class.getMethod("of", ConsentMethod.class, PersonId.class));
    tester.testMethod(null, Evidence.class.getMethod("verbal", PersonId.class, PersonId.class));
    tester.testMethod(null, Validity.class.getMethod("from", Instant.class));
    tester.testMethod(null, Validity.class.getMethod("between", Instant.class, Instant.class));
    tester.testMethod(null, ConsentEvent.class.getMethod("builder", ConsentEventId.class, PersonId.class,
        ConsentAction.class, Instant.class));
  }

  @Test
  void instanceMethodsRejectNull() {
    tester.testAllPublicInstanceMethods(Evidence.of(ConsentMethod.WRITTEN, PersonId.parse("st-1")));
    tester.testAllPublicInstanceMethods(Validity.from(Instant.parse("2026-01-01T00:00:00Z")));
  }
}
