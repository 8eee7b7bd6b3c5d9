package io.coproduce.core.rule;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

/** Null checks across the package: every reference parameter is required. */
class PackageSanityTest {

  private final NullPointerTester tester =
      new NullPointerTester()
          .setDefault(RuleSource.class, RuleSource.law("Children Act 1989 s.3"))
          .setDefault(RuleSource.Kind.class, RuleSource.Kind.LAW);

  @Test
  void constructorsRejectNullWithNullPointerException() {
    tester.testAllPublicConstructors(RuleSource.class);
    tester.testAllPublicConstructors(Reason.class);
  }

  @Test
  void staticFactoriesRejectNullWithNullPointerException() {
    tester.testAllPublicStaticMethods(RuleSource.class);
    tester.testAllPublicStaticMethods(RuleSource.Kind.class);
    tester.testAllPublicStaticMethods(Reason.class);
  }

  @Test
  void instanceMethodsRejectNullWithNullPointerException() {
    RuleSource source = RuleSource.law("Children Act 1989 s.3");
    tester.testAllPublicInstanceMethods(source);
    tester.testAllPublicInstanceMethods(Reason.of("r", "e", source));
  }
}
