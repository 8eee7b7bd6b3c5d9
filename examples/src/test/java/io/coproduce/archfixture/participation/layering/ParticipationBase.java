package io.coproduce.archfixture.participation.layering;

import io.coproduce.archfixture.consent.layering.ConsentBase;
import io.coproduce.archfixture.core.layering.CoreBase;

/** Allowed: participation uses consent and core. */
public record ParticipationBase(ConsentBase consent, CoreBase core) {}
