package io.coproduce.core.jurisdiction;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

/**
 * Null checks across the package. {@link Jurisdiction#parse(String)} reports null text as {@link
 * io.coproduce.core.error.InvalidInputException} (it is input from outside), so it is left out here
 * and covered by {@code JurisdictionTest.rejectsNullAsInvalidInput}.
 */
class PackageSanityTest {

  @Test
  void staticMethodsRejectNullWithNullPointerException() throws NoSuchMethodException {
    new NullPointerTester()
        .ignore(Jurisdiction.class.getMethod("parse", String.class))
        .testAllPublicStaticMethods(Jurisdiction.class);
  }

  @Test
  void instanceMethodsRejectNullWithNullPointerException() {
    new NullPointerTester().testAllPublicInstanceMethods(Jurisdiction.SCOTLAND);
  }
}
