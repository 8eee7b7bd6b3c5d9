package io.coproduce.reporting.render.internal;

/**
 * Escapes text for CommonMark (with GFM tables) so that it reads as written, with as few
 * backslashes as that takes. CommonMark lets a backslash precede any ASCII punctuation (spec
 * section 2.4); this escapes:
 *
 * <ul>
 *   <li>everywhere, the characters that mean something inside a line: {@code \ ` * _ [ ] < > | ~
 *       &} (emphasis, code, links, raw HTML, table cells, strikethrough, entities);
 *   <li>at the start, what would open a block: {@code # - + = >} and the {@code .} or {@code )}
 *       after leading digits ({@code 1.} would start a list).
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
          || (i == digits && digits > 0 && (c == '.' || c == ')'))) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
