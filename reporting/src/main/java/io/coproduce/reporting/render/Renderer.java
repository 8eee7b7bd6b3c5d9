package io.coproduce.reporting.render;

import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.report.Publication;
import io.coproduce.reporting.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Turns a {@link Publication} into one document of a format (JSON, Markdown, HTML). A renderer
 * takes only released publications, whose tables all passed a disclosure policy or are marked
 * internal, so raw figures cannot be rendered by mistake. It writes to the {@code Writer} or
 * {@code OutputStream} it is given and never touches the file system ({@link ReportFolder} writes
 * files, when a host asks). The same publication always renders to the same characters.
 * Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * Renderers.html().publish(List.of(reach, consent), DisclosurePolicy.nhsDefault(), response.getOutputStream());
 * }</pre>
 */
public interface Renderer {

  /** The file name a {@link ReportFolder} writes this format to, such as {@code report.html}. */
  String fileName();

  /** The media type of the output, such as {@code text/html; charset=utf-8}. */
  String mediaType();

  /**
   * Writes {@code publication} to {@code out}, which is flushed but not closed.
   *
   * @throws IOException when {@code out} fails
   */
  void render(Publication publication, Writer out) throws IOException;

  /**
   * Writes {@code publication} to {@code out} as UTF-8; {@code out} is flushed but not closed.
   *
   * @throws IOException when {@code out} fails
   */
  default void render(Publication publication, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    render(publication, writer);
    writer.flush();
  }

  /** Returns {@code publication} rendered as a string. */
  default String renderToString(Publication publication) {
    StringWriter out = new StringWriter();
    try {
      render(publication, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /**
   * Releases {@code reports} for publication under {@code policy} and writes them to {@code out}
   * as UTF-8 (flushed, not closed): the embedding API in one call.
   *
   * @throws IOException when {@code out} fails
   */
  default void publish(List<Report> reports, DisclosurePolicy policy, OutputStream out)
      throws IOException {
    render(Publication.publish(reports, policy), out);
  }
}
