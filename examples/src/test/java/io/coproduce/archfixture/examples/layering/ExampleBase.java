package io.coproduce.archfixture.examples.layering;

import io.coproduce.archfixture.core.layering.CoreBase;
import io.coproduce.archfixture.reporting.layering.ReportingBase;

/** Allowed: examples use the library. */
public record ExampleBase(ReportingBase reporting, CoreBase core) {}
