package io.coproduce.reporting.aggregate;

/** The lengths of period a report can bucket dates by. Weeks are ISO weeks (Monday to Sunday). */
public enum PeriodUnit {
  /** An ISO-8601 week, Monday to Sunday, numbered within its week-based year. */
  WEEK,
  /** A calendar month. */
  MONTH,
  /** A calendar quarter: January-March, April-June, July-September, October-December. */
  QUARTER,
  /** A calendar year. */
  YEAR
}
