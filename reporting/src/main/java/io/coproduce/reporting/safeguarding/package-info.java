/** The standard safeguarding report: sessions checked, findings by rule, and vetting checks due. */
package io.coproduce.reporting.safeguarding;
