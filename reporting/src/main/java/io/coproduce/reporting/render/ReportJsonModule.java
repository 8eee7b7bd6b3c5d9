package io.coproduce.reporting.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.coproduce.core.json.CoproduceCoreModule;
import io.coproduce.reporting.disclosure.DisclosureStatement;
import io.coproduce.reporting.disclosure.InternalTable;
import io.coproduce.reporting.disclosure.PublishedTable;
import io.coproduce.reporting.disclosure.ReleasedTable;
import io.coproduce.reporting.render.internal.ReportWriters;
import io.coproduce.reporting.report.Chart;
import io.coproduce.reporting.report.Publication;
import io.coproduce.reporting.report.ReleasedReport;
import io.coproduce.reporting.report.ReleasedSection;
import io.coproduce.reporting.table.Column;
import java.io.IOException;
import java.util.List;

/**
 * A Jackson 2 module that writes the released reporting model ({@link Publication}, {@link
 * ReleasedReport}, {@link ReleasedSection}, {@link PublishedTable}, {@link InternalTable}, {@link
 * DisclosureStatement}, {@link Column}, {@link Chart}) without annotations on the model, in the
 * shape of the shipped {@code report.schema.json} ({@link JsonSchemas#reportJson()}). It writes
 * only: a publication is made by releasing reports under a policy, never by reading JSON. It
 * registers {@link CoproduceCoreModule} first (rules are written in core's {@code Reason} shape).
 * Raw {@code Table}s have no serializer here, so unprotected figures cannot be written by
 * mistake. Immutable and thread-safe.
 *
 * <h2>Shape</h2>
 *
 * <p>A publication is {@code {"format": "coproduce-report/1", "forPublication", "policy",
 * "reports": [...]}}; a report {@code {"id", "title", "summary", "asOf", "sections"}}; a section
 * {@code {"title", "text", "table", "chart"?, "rules"}}; a table {@code {"id", "title",
 * "description", "columns", "rows", "unreliable", "disclosure"}}. Each row is an object with one
 * property per column, in column order. A cell is:
 *
 * <ul>
 *   <li>the string {@code "*"} when suppressed. The reason (primary, secondary, derived) is
 *       deliberately <em>not</em> given per cell: telling readers which hidden cells are the
 *       small ones would narrow what secondary suppression protects. The table's {@code
 *       disclosure} gives how many of each;
 *   <li>a key or a text as a string, the total marker as {@code {"total": true}};
 *   <li>a count as an integer, a percent, measure or value as a number, a flag as a boolean;
 *   <li>{@code null} when there is nothing to show.
 * </ul>
 *
 * <p>{@code unreliable} lists the shown cells that rest on few events as {@code {"row",
 * "column"}} (row index from 0, column name). Property order is fixed, so equal publications
 * give identical JSON.
 */
public final class ReportJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public ReportJsonModule() {
    super("io.coproduce.reporting");
    addSerializer(Publication.class, serializer(Publication.class, ReportWriters::publication));
    addSerializer(ReleasedReport.class, serializer(ReleasedReport.class, ReportWriters::report));
    addSerializer(ReleasedSection.class, serializer(ReleasedSection.class, ReportWriters::section));
    addSerializer(PublishedTable.class, serializer(PublishedTable.class, ReportWriters::table));
    addSerializer(InternalTable.class, serializer(InternalTable.class, ReportWriters::table));
    addSerializer(ReleasedTable.class, serializer(ReleasedTable.class, ReportWriters::table));
    addSerializer(
        DisclosureStatement.class, serializer(DisclosureStatement.class, ReportWriters::disclosure));
    addSerializer(Column.class, serializer(Column.class, ReportWriters::column));
    addSerializer(Chart.class, serializer(Chart.class, ReportWriters::chart));
  }

  /** Returns the core module, which Jackson registers before this one. */
  @Override
  public Iterable<? extends com.fasterxml.jackson.databind.Module> getDependencies() {
    return List.of(new CoproduceCoreModule());
  }

  /** Writes one value to a generator. */
  @FunctionalInterface
  private interface Write<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  private static <T> JsonSerializer<T> serializer(Class<T> type, Write<T> write) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write.write(value, g);
      }

      @Override
      public void serializeWithType(
          T value, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
          throws IOException {
        write.write(value, g);
      }

      @Override
      public Class<T> handledType() {
        return type;
      }
    };
  }
}
