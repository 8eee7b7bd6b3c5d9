/** The standard strategic-indicators report: progress on a plan's indicators, and the member work map's overlaps and gaps. */
package io.coproduce.reporting.strategy;
