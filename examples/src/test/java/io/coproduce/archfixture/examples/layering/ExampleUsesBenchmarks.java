package io.coproduce.archfixture.examples.layering;

import io.coproduce.archfixture.benchmarks.layering.BenchmarkBase;

/** Violation: nothing may depend on benchmarks, not even examples. */
public record ExampleUsesBenchmarks(BenchmarkBase benchmark) {}
