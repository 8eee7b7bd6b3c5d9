package io.coproduce.archfixture.core.leak;

import io.coproduce.archfixture.core.leak.internal.CoreSecret;

/** Compliant: a module uses its own internal package. */
public record CoreUsesOwnInternal(CoreSecret secret) {}
