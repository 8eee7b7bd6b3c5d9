package io.coproduce.archfixture.layering;

/** A class under the root but in no module. */
public record StrayBase() {}
