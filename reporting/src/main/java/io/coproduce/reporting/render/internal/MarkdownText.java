package io.coproduce.reporting.render.internal;

/**
 * Escapes text for CommonMark so that it reads as written: every ASCII punctuation character
 * that Markdown may treat as syntax gets a backslash (CommonMark section 2.4 allows one before
 * any ASCII punctuation), and line breaks become spaces so a title stays one heading and a
 * value stays in its table cell. Stateless.
 */
public final class MarkdownText {

  private static final String SPECIAL = "\\`*_{}[]<>()#+-.!|~&\"'$%=:;,?/^@";

  private MarkdownText() {}

  /** Returns {@code text} escaped, on one line. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
