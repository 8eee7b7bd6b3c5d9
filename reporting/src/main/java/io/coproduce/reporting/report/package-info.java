/**
 * Reports as values a host can embed: titled sections, each a table with an optional chart and
 * the rules behind its figures, and their release for publication under a disclosure policy.
 */
package io.coproduce.reporting.report;
