/** The standard consent report: coverage per purpose, refusals, withdrawals, expiries and re-consent due. */
package io.coproduce.reporting.consent;
