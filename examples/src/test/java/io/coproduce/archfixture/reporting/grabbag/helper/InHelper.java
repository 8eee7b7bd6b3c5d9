package io.coproduce.archfixture.reporting.grabbag.helper;

/** Violation: a class in a package named for no concept. */
public final class InHelper {

  private InHelper() {}
}
