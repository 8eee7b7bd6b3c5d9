package io.coproduce.reporting.report;

/** How a chart draws its table. */
public enum ChartKind {
  /** One horizontal bar per category, one bar group per value column. */
  BAR
}
