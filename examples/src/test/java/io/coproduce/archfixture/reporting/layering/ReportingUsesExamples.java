package io.coproduce.archfixture.reporting.layering;

import io.coproduce.archfixture.examples.layering.ExampleBase;

/** Violation: a library module knows about the examples. */
public record ReportingUsesExamples(ExampleBase example) {}
