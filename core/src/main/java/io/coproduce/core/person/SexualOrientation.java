package io.coproduce.core.person;

/**
 * Sexual orientation, self-described, in the response options of the 2021 Census of England and
 * Wales (which asked it of people aged 16 and over). No free text is stored.
 */
public enum SexualOrientation {
  /** Straight or heterosexual. */
  STRAIGHT_OR_HETEROSEXUAL,
  /** Gay or lesbian. */
  GAY_OR_LESBIAN,
  /** Bisexual. */
  BISEXUAL,
  /** Another sexual orientation. */
  ANOTHER_ORIENTATION
}
