/** The reach and equity report: who takes part, against a reference population, with under-served groups flagged. */
package io.coproduce.reporting.reach;
