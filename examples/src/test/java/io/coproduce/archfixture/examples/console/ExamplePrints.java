package io.coproduce.archfixture.examples.console;

/** Compliant: examples are programs, not library code, and may print. */
public final class ExamplePrints {

  void greet() {
    System.out.println("hello");
  }
}
