/**
 * Capacity (Gillick competence) assessments: decision-specific, dated, never edited, and the
 * outcome that decides whether a young person under 16 decides for themself.
 */
package io.coproduce.consent.capacity;
