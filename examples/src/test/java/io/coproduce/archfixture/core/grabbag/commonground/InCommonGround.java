package io.coproduce.archfixture.core.grabbag.commonground;

/** Compliant: the package name only starts like a grab-bag name. */
public final class InCommonGround {

  private InCommonGround() {}
}
