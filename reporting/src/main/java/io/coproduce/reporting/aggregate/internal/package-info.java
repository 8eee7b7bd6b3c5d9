/** Primitive collections behind the aggregation engine: an open-addressing long-to-int map and an exact set of person codes. */
package io.coproduce.reporting.aggregate.internal;
