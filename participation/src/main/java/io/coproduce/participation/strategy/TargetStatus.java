package io.coproduce.participation.strategy;

/** Whether a member's series of an indicator meets its target on the day asked about. */
public enum TargetStatus {
  /** No target was in force on that day. */
  NO_TARGET,
  /** A target was in force, but nothing had been measured by that day. */
  NOT_MEASURED,
  /** The latest value by that day meets the target in the indicator's direction. */
  MET,
  /** The latest value by that day falls short of the target in the indicator's direction. */
  NOT_MET
}
