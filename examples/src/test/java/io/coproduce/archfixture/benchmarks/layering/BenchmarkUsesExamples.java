package io.coproduce.archfixture.benchmarks.layering;

import io.coproduce.archfixture.examples.layering.ExampleBase;

/** Violation: nothing may depend on examples, not even benchmarks. */
public record BenchmarkUsesExamples(ExampleBase example) {}
