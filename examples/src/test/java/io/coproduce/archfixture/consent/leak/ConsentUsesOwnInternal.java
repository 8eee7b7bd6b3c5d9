package io.coproduce.archfixture.consent.leak;

import io.coproduce.archfixture.consent.leak.internal.ConsentSecret;

/** Compliant: a module uses its own internal package. */
public record ConsentUsesOwnInternal(ConsentSecret secret) {}
