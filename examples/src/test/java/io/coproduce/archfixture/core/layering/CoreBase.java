package io.coproduce.archfixture.core.layering;

/** A core type that others may use. */
public record CoreBase() {}
