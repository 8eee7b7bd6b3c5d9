package io.coproduce.archfixture.core.grabbag.utility;

/** Compliant: the package name only starts like a grab-bag name. */
public final class InUtility {

  private InUtility() {}
}
