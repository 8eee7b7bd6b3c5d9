package io.coproduce.archfixture.misc.grabbag;

/** Violation: a class in a package named for no concept. */
public final class InMisc {

  private InMisc() {}
}
