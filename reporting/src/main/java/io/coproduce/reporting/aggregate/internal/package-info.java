/**
 * Primitive collections and counting loops behind the aggregation engine: an open-addressing
 * long-to-int map, an exact set of person codes, a grid of the people of every cell, and counts
 * per code and kind with the Vector API when the host enables it ({@link
 * io.coproduce.reporting.aggregate.internal.VectorCounts}). Not API: the module does not export it.
 */
package io.coproduce.reporting.aggregate.internal;
