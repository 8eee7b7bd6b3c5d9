package io.coproduce.archfixture.participation.layering;

import io.coproduce.archfixture.reporting.layering.ReportingBase;

/** Violation: participation knows about reporting. */
public record ParticipationUsesReporting(ReportingBase reporting) {}
