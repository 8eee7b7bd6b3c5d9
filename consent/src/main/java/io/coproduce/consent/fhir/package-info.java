/**
 * Export of consent decisions to FHIR R4: each decision as a {@code Consent} resource and a young
 * person's current decisions as a {@code Bundle}, built as Jackson trees so that no FHIR library
 * is needed at run time. See {@link io.coproduce.consent.fhir.FhirConsentExport} for the mapping.
 */
package io.coproduce.consent.fhir;
