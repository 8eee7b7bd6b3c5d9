package io.coproduce.core.person;

/** Gender as the person describes it. No free text is stored. */
public enum Gender {
  /** Girl or woman. */
  GIRL_OR_WOMAN,
  /** Boy or man. */
  BOY_OR_MAN,
  /** Non-binary. */
  NON_BINARY,
  /** Describes their gender another way. */
  ANOTHER_WAY
}
