package io.coproduce.archfixture.consent.layering;

import io.coproduce.archfixture.core.layering.CoreBase;

/** Allowed: consent uses core. */
public record ConsentBase(CoreBase core) {}
