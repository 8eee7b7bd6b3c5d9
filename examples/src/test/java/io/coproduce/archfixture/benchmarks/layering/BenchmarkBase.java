package io.coproduce.archfixture.benchmarks.layering;

import io.coproduce.archfixture.reporting.layering.ReportingBase;

/** Allowed: benchmarks use the library. */
public record BenchmarkBase(ReportingBase reporting) {}
