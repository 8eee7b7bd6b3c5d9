package io.coproduce.participation.workmap;

import io.coproduce.core.error.InvalidInputException;
import java.util.Set;

/** What the two kinds of gap share: the check of their areas and the caveat in their explanation. */
final class GapAreas {

  /** Says that a gap in the map may not be a gap in the work. */
  static final String CAVEAT = "The map knows only the work members have declared, so this may be a gap in"
      + " the map rather than in the work.";

  private GapAreas() {}

  static void require(String field, Region within, Set<Region> areas) {
    if (areas.isEmpty()) {
      throw InvalidInputException.of(field, "must name at least one area", within);
    }
    for (Region area : areas) {
      if (!area.isArea() || !within.covers(area)) {
        throw InvalidInputException.of(field, "must be areas of " + within.name(), area);
      }
    }
  }
}
