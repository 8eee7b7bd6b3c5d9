package io.coproduce.archfixture.consent.leak;

import io.coproduce.archfixture.core.leak.internal.CoreSecret;

/** Violation: consent may use core, but not core's internal package. */
public record ConsentUsesCoreInternal(CoreSecret secret) {}
