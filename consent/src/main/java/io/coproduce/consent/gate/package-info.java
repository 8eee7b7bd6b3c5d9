/**
 * The consent gate: before something happens, whether each young person may take part in each
 * purpose, with every missing piece named (whose consent, assent, a capacity assessment, a
 * withdrawal, an expiry, re-consent after a birthday or a changed information sheet), and the
 * worklists of re-consents that age transitions and new materials make due.
 */
package io.coproduce.consent.gate;
