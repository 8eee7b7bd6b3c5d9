package io.coproduce.reporting.table;

/**
 * What a column holds, which decides how disclosure control treats it.
 *
 * <ul>
 *   <li>{@link #DIMENSION}: a grouping key (an organisation, an age band), or the total marker.
 *   <li>{@link #COUNT}: a count of people or events; always subject to disclosure control.
 *   <li>{@link #PERCENT}: 100 × one count column ÷ another in the same row; suppressed when
 *       either count is.
 *   <li>{@link #MEASURE}: a number computed from counts (a median, a ratio to a reference
 *       population); suppressed when any count it rests on is.
 *   <li>{@link #FLAG}: a yes/no judgement computed from counts (for example "under-served");
 *       suppressed like a measure, since a flag can reveal a small number too.
 *   <li>{@link #VALUE}: a number that is not about people (a target, a year); never suppressed,
 *       so it must never hold a count of people or anything computed from one.
 *   <li>{@link #TEXT}: descriptive text that is not about individuals; never suppressed.
 * </ul>
 */
public enum ColumnKind {
  /** A grouping key, or the total marker. */
  DIMENSION,
  /** A count of people or events. */
  COUNT,
  /** A percentage of one count column of another. */
  PERCENT,
  /** A number computed from counts. */
  MEASURE,
  /** A yes/no judgement computed from counts. */
  FLAG,
  /** A number not about people. */
  VALUE,
  /** Text not about individuals. */
  TEXT;

  /** Whether cells of this kind are computed from count columns named as the column's basis. */
  public boolean restsOnCounts() {
    return this == PERCENT || this == MEASURE || this == FLAG;
  }
}
