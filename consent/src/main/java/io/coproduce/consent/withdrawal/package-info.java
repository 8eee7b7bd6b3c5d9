/**
 * What a withdrawal means for what was already collected: the items it affects and whether each
 * is kept, anonymised, removed, or (already published) not used again.
 */
package io.coproduce.consent.withdrawal;
