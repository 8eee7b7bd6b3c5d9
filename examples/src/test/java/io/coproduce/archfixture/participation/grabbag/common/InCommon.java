package io.coproduce.archfixture.participation.grabbag.common;

/** Violation: a class in a package named for no concept. */
public final class InCommon {

  private InCommon() {}
}
