package io.coproduce.archfixture.core.grabbag.util;

/** Violation: a class in a package named for no concept. */
public final class InUtil {

  private InUtil() {}
}
