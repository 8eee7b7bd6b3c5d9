package io.coproduce.reporting.render;

import io.coproduce.reporting.disclosure.ReleasedTable;
import io.coproduce.reporting.report.Publication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a publication as a folder of files, the only part of the renderers that touches the
 * file system, and only when a host calls it:
 *
 * <pre>
 * report.html
 * report.json
 * report.md
 * tables/&lt;table-id&gt;.csv
 * tables/&lt;table-id&gt;.disclosure.csv
 * </pre>
 *
 * <p>Everything is rendered in memory first, so a rendering failure writes nothing; files of
 * these names already in the folder are replaced, other files are left alone. Stateless and
 * thread-safe (two calls writing the same folder at once give no guarantee).
 */
public final class ReportFolder {

  /** The sub-folder holding the CSV files. */
  public static final String TABLES = "tables";

  private ReportFolder() {}

  /**
   * Writes {@code publication} into {@code folder} (created if missing) and returns the files
   * written, in the order above.
   *
   * @throws IOException when a file cannot be written
   */
  public static List<Path> write(Publication publication, Path folder) throws IOException {
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(folder, "folder");
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Renderer renderer : Renderers.documents()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      renderer.render(publication, bytes);
      files.put(renderer.fileName(), bytes.toByteArray());
    }
    for (ReleasedTable table : publication.tables()) {
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      CsvTables.write(table, csv);
      files.put(TABLES + "/" + CsvTables.fileName(table), csv.toByteArray());
      ByteArrayOutputStream disclosure = new ByteArrayOutputStream();
      CsvTables.writeDisclosure(table, disclosure);
      files.put(TABLES + "/" + CsvTables.disclosureFileName(table), disclosure.toByteArray());
    }
    Files.createDirectories(folder.resolve(TABLES));
    List<Path> written = new ArrayList<>(files.size());
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = folder.resolve(file.getKey());
      Files.write(path, file.getValue());
      written.add(path);
    }
    return List.copyOf(written);
  }
}
