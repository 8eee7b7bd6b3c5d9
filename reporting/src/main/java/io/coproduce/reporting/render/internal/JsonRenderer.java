package io.coproduce.reporting.render.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.coproduce.reporting.render.Renderer;
import io.coproduce.reporting.render.ReportJsonModule;
import io.coproduce.reporting.report.Publication;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/** Renders {@code report.json} (see {@link io.coproduce.reporting.render.Renderers#json()}). */
public final class JsonRenderer implements Renderer {

  private static final ObjectWriter WRITER = writer();

  /** Creates the renderer. */
  public JsonRenderer() {}

  private static ObjectWriter writer() {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    pretty.indentObjectsWith(indent);
    pretty.indentArraysWith(indent);
    return new ObjectMapper()
        .registerModule(new ReportJsonModule())
        .writerFor(Publication.class)
        .with(pretty)
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override
  public String fileName() {
    return "report.json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public void render(Publication publication, Writer out) throws IOException {
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(out, "out");
    WRITER.writeValue(out, publication);
    out.write('\n');
    out.flush();
  }
}
