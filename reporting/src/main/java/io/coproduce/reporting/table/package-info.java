/**
 * Tables of figures as reports compute them: named, typed columns and rows of cells, with total
 * rows marked so that disclosure control can see which cells add up to which.
 */
package io.coproduce.reporting.table;
