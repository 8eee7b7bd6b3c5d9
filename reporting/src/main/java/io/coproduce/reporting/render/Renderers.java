package io.coproduce.reporting.render;

import io.coproduce.reporting.render.internal.HtmlRenderer;
import io.coproduce.reporting.render.internal.JsonRenderer;
import io.coproduce.reporting.render.internal.MarkdownRenderer;
import java.util.List;

/**
 * The renderers the library ships; each is immutable, thread-safe and deterministic. CSV is per
 * table: see {@link CsvTables}.
 */
public final class Renderers {

  private static final Renderer JSON = new JsonRenderer();
  private static final Renderer MARKDOWN = new MarkdownRenderer();
  private static final Renderer HTML = new HtmlRenderer();

  private Renderers() {}

  /**
   * {@code report.json}: the publication through {@link ReportJsonModule}, pretty-printed with
   * {@code \n} line ends; valid against {@link JsonSchemas#reportJson()}.
   */
  public static Renderer json() {
    return JSON;
  }

  /**
   * {@code report.md}: CommonMark with pipe tables; headings, tables, each table's disclosure
   * statement and the rules with their sources; text is escaped so it reads as written.
   */
  public static Renderer markdown() {
    return MARKDOWN;
  }

  /**
   * {@code report.html}: one self-contained HTML page (no scripts, no external fonts, styles or
   * images), readable on a phone; bar charts as inline SVG with a text alternative, each beside
   * its data table; an unmissable banner on internal publications.
   */
  public static Renderer html() {
    return HTML;
  }

  /** The three document renderers, in the order a {@link ReportFolder} writes them. */
  public static List<Renderer> documents() {
    return List.of(HTML, JSON, MARKDOWN);
  }
}
