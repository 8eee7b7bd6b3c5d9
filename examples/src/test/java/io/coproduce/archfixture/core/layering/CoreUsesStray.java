package io.coproduce.archfixture.core.layering;

import io.coproduce.archfixture.layering.StrayBase;

/** Violation: core depends on a class under the root that belongs to no module. */
public record CoreUsesStray(StrayBase stray) {}
