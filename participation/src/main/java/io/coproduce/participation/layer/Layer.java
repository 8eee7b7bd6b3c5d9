package io.coproduce.participation.layer;

import io.coproduce.core.error.InvalidInputException;

/**
 * The layers at which co-production happens at once, from a young person's own care up to the
 * nation. Voice travels between layers through representation links between forums. The
 * declaration order is the order of reach: {@link #isAbove(Layer)} compares by it.
 */
public enum Layer {
  /** A young person's own care, support or treatment. */
  OWN_CARE("own care"),
  /** A service or project (a clinic, a school's wellbeing team, a youth project). */
  SERVICE("service or project"),
  /** An organisation as a whole (a charity, a trust, a school). */
  ORGANISATION("organisation"),
  /** A local system: a local authority area or an integrated care system. */
  LOCAL_SYSTEM("local system"),
  /** A region (several local systems). */
  REGION("region"),
  /** The nation (England, Wales, Scotland or Northern Ireland, or the UK). */
  NATION("nation");

  private final String label;

  Layer(String label) {
    this.label = label;
  }

  /** Returns a short label a person can read, for example {@code "local system"}. */
  public String label() {
    return label;
  }

  /** Returns whether this layer is further from a young person's own care than {@code other}. */
  public boolean isAbove(Layer other) {
    return compareTo(other) > 0;
  }

  /**
   * Parses a layer from its name, for example {@code "LOCAL_SYSTEM"}, ignoring surrounding
   * white space and ASCII case only: {@code "natıon"} with a dotless i is not {@code NATION},
   * though Unicode case mapping would make it so.
   *
   * @throws InvalidInputException naming {@code layer} when there is no such layer
   */
  public static Layer parse(String text) {
    if (text != null) {
      String name = text.trim();
      for (Layer layer : values()) {
        if (sameAsciiIgnoringCase(layer.name(), name)) {
          return layer;
        }
      }
    }
    throw InvalidInputException.of("layer", "must be one of OWN_CARE, SERVICE, ORGANISATION,"
        + " LOCAL_SYSTEM, REGION, NATION", text);
  }

  private static boolean sameAsciiIgnoringCase(String name, String text) {
    if (name.length() != text.length()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = text.charAt(i);
      char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
      if (upper != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
