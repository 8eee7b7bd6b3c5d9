package io.coproduce.core.age;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Method;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Null checks across the package. The parsers report null text as {@link
 * io.coproduce.core.error.InvalidInputException} ("must not be null"), since text comes from
 * outside; they are left out here and covered by the {@code rejectsNull...AsInvalidInput} tests of
 * each type.
 */
class PackageSanityTest {

  private final NullPointerTester tester =
      new NullPointerTester()
          .setDefault(LocalDate.class, LocalDate.of(2026, 3, 1))
          .setDefault(Age.class, Age.of(14))
          .setDefault(BirthInformation.class, BirthInformation.ofYear(2010))
          .ignore(parse(Age.class))
          .ignore(parse(AgeBand.class))
          .ignore(parse(BirthInformation.class));

  @Test
  void staticMethodsRejectNullWithNullPointerException() {
    tester.testAllPublicStaticMethods(Age.class);
    tester.testAllPublicStaticMethods(AgeBand.class);
    tester.testAllPublicStaticMethods(BirthInformation.class);
    tester.testAllPublicStaticMethods(BirthInformation.Precision.class);
  }

  @Test
  void instanceMethodsRejectNullWithNullPointerException() {
    tester.testAllPublicInstanceMethods(Age.of(13, 15));
    tester.testAllPublicInstanceMethods(AgeBand.AGE_13_TO_15);
    tester.testAllPublicInstanceMethods(BirthInformation.ofDate(LocalDate.of(2010, 2, 28)));
    tester.testAllPublicInstanceMethods(BirthInformation.ofYear(2010));
    tester.testAllPublicInstanceMethods(
        BirthInformation.ofAgeRange(13, 15, LocalDate.of(2026, 3, 1)));
  }

  private static Method parse(Class<?> type) {
    try {
      return type.getMethod("parse", String.class);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
