package io.coproduce.archfixture.consent.layering;

import io.coproduce.archfixture.participation.layering.ParticipationBase;

/** Violation: consent knows about participation. */
public record ConsentUsesParticipation(ParticipationBase participation) {}
