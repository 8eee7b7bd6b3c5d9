package io.coproduce.archfixture.examples.grabbag.helpers;

/** Violation: a class in a package named for no concept. */
public final class InHelpers {

  private InHelpers() {}
}
