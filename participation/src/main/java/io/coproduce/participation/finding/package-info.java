/**
 * Findings: what a check found, how serious it is (blocker, warning, advice), the rule and its
 * source, and the people it is about by id only.
 */
package io.coproduce.participation.finding;
