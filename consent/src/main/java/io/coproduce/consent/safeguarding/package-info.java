/**
 * Safeguarding overrides: information shared to protect a child, which needs no consent and is
 * logged apart from consent so that it never reads as a change of consent.
 */
package io.coproduce.consent.safeguarding;
