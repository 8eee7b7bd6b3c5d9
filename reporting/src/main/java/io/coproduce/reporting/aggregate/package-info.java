/** Streaming aggregation over participation events with mergeable, primitive accumulators keyed by dense codes. */
package io.coproduce.reporting.aggregate;
