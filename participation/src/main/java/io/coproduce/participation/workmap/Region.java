package io.coproduce.participation.workmap;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where in the United Kingdom a piece of work happens: one of twelve <em>areas</em> (the nine
 * English regions, and Wales, Scotland and Northern Ireland as whole nations), or one of two
 * wider reaches, {@link #ENGLAND} (England-wide) and {@link #UK_WIDE}.
 *
 * <p>How regions match: every region stands for the set of areas it covers ({@link #areas()}).
 * An area covers itself; {@code ENGLAND} covers the nine English regions; {@code UK_WIDE} covers
 * all twelve areas. Wales, Scotland and Northern Ireland are not divided further, so work
 * "across Wales" is simply {@code WALES}. Two regions {@linkplain #meets(Region) meet} when they
 * share at least one area: England-wide work meets London work, and UK-wide work meets work
 * anywhere, but England-wide work does not meet work in Wales. The work map compares work area
 * by area, so an overlap or a gap is always reported in areas, never in the wider reaches.
 */
public enum Region {
  /** North East England. */
  NORTH_EAST("North East"),
  /** North West England. */
  NORTH_WEST("North West"),
  /** Yorkshire and the Humber. */
  YORKSHIRE_AND_THE_HUMBER("Yorkshire and the Humber"),
  /** East Midlands. */
  EAST_MIDLANDS("East Midlands"),
  /** West Midlands. */
  WEST_MIDLANDS("West Midlands"),
  /** East of England. */
  EAST_OF_ENGLAND("East of England"),
  /** London. */
  LONDON("London"),
  /** South East England. */
  SOUTH_EAST("South East"),
  /** South West England. */
  SOUTH_WEST("South West"),
  /** Wales, as a whole nation. */
  WALES("Wales"),
  /** Scotland, as a whole nation. */
  SCOTLAND("Scotland"),
  /** Northern Ireland, as a whole nation. */
  NORTHERN_IRELAND("Northern Ireland"),
  /** England-wide: covers the nine English regions. */
  ENGLAND("England"),
  /** UK-wide: covers every area. */
  UK_WIDE("UK-wide");

  private static final Set<Region> ENGLISH = EnumSet.range(NORTH_EAST, SOUTH_WEST);
  private static final Set<Region> ALL_AREAS = EnumSet.range(NORTH_EAST, NORTHERN_IRELAND);

  private final String label;

  Region(String label) {
    this.label = label;
  }

  /** Returns a name a person can read, for example {@code "Yorkshire and the Humber"}. */
  public String label() {
    return label;
  }

  /**
   * Returns the areas this region covers, in declaration order: itself for an area, the nine
   * English regions for {@link #ENGLAND}, all twelve areas for {@link #UK_WIDE}.
   */
  public Set<Region> areas() {
    return switch (this) {
      case ENGLAND -> ImmutableSortedSet.copyOf(ENGLISH);
      case UK_WIDE -> ImmutableSortedSet.copyOf(ALL_AREAS);
      default -> ImmutableSortedSet.of(this);
    };
  }

  /** Returns whether this is one of the twelve areas, rather than England-wide or UK-wide. */
  public boolean isArea() {
    return ALL_AREAS.contains(this);
  }

  /** Returns whether this is one of the nine English regions. */
  public boolean isEnglishRegion() {
    return ENGLISH.contains(this);
  }

  /** Returns whether this region and {@code other} share at least one area. */
  public boolean meets(Region other) {
    Objects.requireNonNull(other, "other");
    return areas().stream().anyMatch(other.areas()::contains);
  }

  /** Returns whether every area of {@code other} is one of this region's areas. */
  public boolean covers(Region other) {
    Objects.requireNonNull(other, "other");
    return areas().containsAll(other.areas());
  }

  /** Returns every area that any of {@code regions} covers, in declaration order. */
  public static Set<Region> areasOf(Collection<Region> regions) {
    Objects.requireNonNull(regions, "regions");
    Set<Region> areas = EnumSet.noneOf(Region.class);
    for (Region region : regions) {
      areas.addAll(Objects.requireNonNull(region, "region").areas());
    }
    return ImmutableSortedSet.copyOf(areas);
  }

  /**
   * Describes a set of areas briefly for an explanation: {@code "UK-wide"} when it is every
   * area, and otherwise the areas' labels in declaration order, with {@code "England"} standing
   * for the nine English regions when all of them are there.
   */
  static String describe(Collection<Region> areas) {
    Set<Region> set = areasOf(areas);
    if (set.containsAll(ALL_AREAS)) {
      return UK_WIDE.label;
    }
    StringBuilder text = new StringBuilder();
    if (set.containsAll(ENGLISH)) {
      text.append(ENGLAND.label);
    }
    for (Region area : set) {
      if (set.containsAll(ENGLISH) && area.isEnglishRegion()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(area.label);
    }
    return text.toString();
  }
}
