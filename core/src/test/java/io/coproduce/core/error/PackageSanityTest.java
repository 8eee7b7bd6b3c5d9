package io.coproduce.core.error;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Null checks across the package. The offending value (and the cause) of an exception may be null
 * by design, so the factories taking them are checked parameter by parameter.
 */
class PackageSanityTest {

  private static final Method INVALID_INPUT_OF;
  private static final Method INVALID_INPUT_OF_WITH_CAUSE;
  private static final Method POLICY_REFUSED_OF;

  static {
    try {
      INVALID_INPUT_OF =
          InvalidInputException.class.getMethod("of", String.class, String.class, Object.class);
      INVALID_INPUT_OF_WITH_CAUSE =
          InvalidInputException.class.getMethod(
              "of", String.class, String.class, Object.class, Throwable.class);
      POLICY_REFUSED_OF =
          PolicyRefusedException.class.getMethod(
              "of", String.class, String.class, String.class, Object.class);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private final NullPointerTester tester =
      new NullPointerTester()
          .ignore(INVALID_INPUT_OF)
          .ignore(INVALID_INPUT_OF_WITH_CAUSE)
          .ignore(POLICY_REFUSED_OF);

  @Test
  void staticFactoriesRejectNullWithNullPointerException() {
    tester.testAllPublicStaticMethods(InvalidInputException.class);
    tester.testAllPublicStaticMethods(UnknownReferenceException.class);
    tester.testAllPublicStaticMethods(PolicyRefusedException.class);
  }

  @Test
  void factoriesRejectNullFieldsAndRulesButAcceptNullValues() {
    NullPointerTester all = new NullPointerTester();
    all.testMethodParameter(null, INVALID_INPUT_OF, 0);
    all.testMethodParameter(null, INVALID_INPUT_OF, 1);
    all.testMethodParameter(null, INVALID_INPUT_OF_WITH_CAUSE, 0);
    all.testMethodParameter(null, INVALID_INPUT_OF_WITH_CAUSE, 1);
    all.testMethodParameter(null, POLICY_REFUSED_OF, 0);
    all.testMethodParameter(null, POLICY_REFUSED_OF, 1);
    all.testMethodParameter(null, POLICY_REFUSED_OF, 2);
  }

  @Test
  void instanceMethodsRejectNullWithNullPointerException() {
    tester.testAllPublicInstanceMethods(InvalidInputException.of("f", "r", "v"));
    tester.testAllPublicInstanceMethods(UnknownReferenceException.of("person", "P-1"));
    tester.testAllPublicInstanceMethods(PolicyRefusedException.of("s", "r", "src", 1));
  }
}
