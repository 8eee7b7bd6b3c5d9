package io.coproduce.archfixture.consent.leak.internal;

/** An implementation detail of consent. */
public record ConsentSecret() {}
