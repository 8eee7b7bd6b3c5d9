/**
 * Who may decide: the consent policy that answers, for a young person, a purpose and a date,
 * whose decision is needed (the young person, a parental-responsibility holder, both) and
 * whether assent is sought, with the legal defaults per UK nation and the stricter settings an
 * organisation may choose.
 */
package io.coproduce.consent.policy;
