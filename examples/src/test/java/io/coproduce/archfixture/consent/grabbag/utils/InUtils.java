package io.coproduce.archfixture.consent.grabbag.utils;

/** Violation: a class in a package named for no concept. */
public final class InUtils {

  private InUtils() {}
}
