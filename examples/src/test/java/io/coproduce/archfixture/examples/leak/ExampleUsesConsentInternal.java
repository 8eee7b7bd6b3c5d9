package io.coproduce.archfixture.examples.leak;

import io.coproduce.archfixture.consent.leak.internal.ConsentSecret;

/** Violation: examples may use every module's API, but no module's internal package. */
public record ExampleUsesConsentInternal(ConsentSecret secret) {}
