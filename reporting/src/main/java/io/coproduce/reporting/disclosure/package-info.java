/**
 * Statistical disclosure control: what a table may show when it leaves the library, the tables
 * released for publication or for internal use only, and a statement of what was done to each.
 */
package io.coproduce.reporting.disclosure;
