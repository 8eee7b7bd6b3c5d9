package io.coproduce.reporting.render.internal;

/**
 * Escapes text for CommonMark (with GFM tables) so that it reads as written, with as few
 * backslashes as that takes. CommonMark lets a backslash precede any ASCII punctuation (spec
 * section 2.4); this escapes:
 *
 * <ul>
 *   <li>everywhere, the characters that mean something inside a line: {@code \ ` * _ [ ] < > | ~
 *       &} (emphasis, code, links, raw HTML, table cells, strikethrough, entities);
 *   <li>at the start, what would open a block: {@code # - + = >}, and the {@code .} or {@code )}
 *       after leading digits when a space or the end follows ({@code 1. } would start a list;
 *       {@code 12.5} would not).
 * </ul>
 *
 * <p>Line breaks (and tabs) become spaces, so a title stays one heading and a value stays in its
 * table cell. Stateless.
 */
public final class MarkdownText {

  private static final String INLINE = "\\`*_[]<>|~&";
  private static final String BLOCK_START = "#-+=>";

  private MarkdownText() {}

  /** Returns {@code text} escaped, on one line. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int digits = 0;
    while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else if (INLINE.indexOf(c) >= 0
          || (i == 0 && BLOCK_START.indexOf(c) >= 0)
          || (i == digits && digits > 0 && (c == '.' || c == ')') && endsMarker(text, i + 1))) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether a list marker would end at {@code at}: the end of the text or a space or tab. */
  private static boolean endsMarker(String text, int at) {
    return at == text.length() || text.charAt(at) == ' ' || text.charAt(at) == '\t';
  }
}
