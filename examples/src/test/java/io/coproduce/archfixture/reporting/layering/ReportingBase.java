package io.coproduce.archfixture.reporting.layering;

import io.coproduce.archfixture.consent.layering.ConsentBase;
import io.coproduce.archfixture.core.layering.CoreBase;
import io.coproduce.archfixture.participation.layering.ParticipationBase;

/** Allowed: reporting uses participation, consent and core. */
public record ReportingBase(ParticipationBase participation, ConsentBase consent, CoreBase core) {}
