package io.coproduce.reporting.disclosure;

/**
 * Why a released cell shows {@code *} instead of its value. Tallied in the {@link
 * DisclosureStatement}; not shown cell by cell to readers (see {@link ReleasedCell}).
 */
public enum Suppression {
  /** The count itself is small (for the NHS rule, 1 to 7). */
  PRIMARY,
  /** The count is hidden so that a small one cannot be recovered from a total by subtraction. */
  SECONDARY,
  /** A percentage, measure or flag rests on a suppressed or too small count. */
  DERIVED
}
