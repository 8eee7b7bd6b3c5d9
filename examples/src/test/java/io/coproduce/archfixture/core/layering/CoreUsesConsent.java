package io.coproduce.archfixture.core.layering;

import io.coproduce.archfixture.consent.layering.ConsentBase;

/** Violation: core knows about consent. */
public record CoreUsesConsent(ConsentBase consent) {}
