package io.coproduce.archfixture.core.leak.internal;

/** An implementation detail of core. */
public record CoreSecret() {}
