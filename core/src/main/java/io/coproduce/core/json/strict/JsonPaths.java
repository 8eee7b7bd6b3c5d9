package io.coproduce.core.json.strict;

/**
 * Field paths as named in {@link io.coproduce.core.error.InvalidInputException}: {@code
 * person.roles[1]}, {@code responsibilityFinding.reasons[0].source.citation}. A property name
 * that is not a plain identifier (it came from untrusted JSON) is quoted, escaped and shortened:
 * {@code person["first name"]}.
 */
public final class JsonPaths {

  private static final int MAX_QUOTED = 40;

  private JsonPaths() {}

  /** The path of property {@code name} of the object at {@code path}. */
  public static String property(String path, String name) {
    if (isPlain(name)) {
      return path + "." + name;
    }
    return path + "[" + quote(name) + "]";
  }

  /** Whether {@code name} is a plain identifier: {@code [A-Za-z_][A-Za-z0-9_]{0,63}} (checked by hand: paths are built for every property read). */
  static boolean isPlain(String name) {
    int n = name.length();
    if (n == 0 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The path of element {@code index} of the array at {@code path}. */
  public static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  private static String quote(String name) {
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < name.length(); i++) {
      if (shown == MAX_QUOTED) {
        out.append("...");
        break;
      }
      char c = name.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
      shown++;
    }
    return out.append('"').toString();
  }
}
