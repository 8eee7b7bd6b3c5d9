package io.coproduce.core.id;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Null checks across the package. Id text is input from outside, so a null id text is reported as
 * {@link io.coproduce.core.error.InvalidInputException} ("must not be null"), not as a {@link
 * NullPointerException}; those members are left out here and covered by the tests of each type
 * ({@code rejectsNullAsInvalidInput}, {@code requireValidRejectsNullTextAsInvalidInput}, {@code
 * nullIsNotValid}).
 */
class PackageSanityTest {

  private final NullPointerTester tester =
      new NullPointerTester()
          .setDefault(RandomGenerator.class, new SplittableRandom(20261123L))
          .ignore(method(IdentifierSyntax.class, "isValid", String.class))
          .ignore(method(IdentifierSyntax.class, "requireValid", String.class, String.class))
          .ignore(method(PersonId.class, "parse", String.class))
          .ignore(constructor(PersonId.class))
          .ignore(method(OrganisationId.class, "parse", String.class))
          .ignore(constructor(OrganisationId.class));

  @Test
  void staticMethodsRejectNullWithNullPointerException() {
    tester.testAllPublicStaticMethods(IdentifierSyntax.class);
    tester.testAllPublicStaticMethods(PersonId.class);
    tester.testAllPublicStaticMethods(OrganisationId.class);
  }

  @Test
  void requireValidRejectsANullFieldNameWithNullPointerException() {
    new NullPointerTester()
        .testMethodParameter(
            null, method(IdentifierSyntax.class, "requireValid", String.class, String.class), 0);
  }

  @Test
  void instanceMethodsRejectNullWithNullPointerException() {
    tester.testAllPublicInstanceMethods(PersonId.parse("P-1"));
    tester.testAllPublicInstanceMethods(OrganisationId.parse("O-1"));
  }

  private static Method method(Class<?> type, String name, Class<?>... parameters) {
    try {
      return type.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static Constructor<?> constructor(Class<?> type) {
    try {
      return type.getConstructor(String.class);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
