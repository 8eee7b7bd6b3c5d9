/**
 * Consent events: requests, decisions (given, renewed, refused, withdrawn, revoked, deferred),
 * recorded expiries and invalidations, and a child's assent or dissent, each with who decided
 * on what authority, the evidence, the material shown and its validity; and the statuses they
 * lead to, in the terms of the W3C Data Privacy Vocabulary.
 */
package io.coproduce.consent.event;
