package io.coproduce.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {

  @Test
  void writesTheDocumentsAndOneCsvAndSidecarPerTable(@TempDir Path dir) throws IOException {
    List<Path> written = ReportFolder.write(Fixtures.publishedTwo(), dir.resolve("out"));

    assertThat(written.stream().map(p -> dir.resolve("out").relativize(p).toString().replace('\\', '/')))
        .containsExactly(
            "report.html", "report.json", "report.md",
            "tables/reach-by-age-band.csv", "tables/reach-by-age-band.disclosure.csv",
            "tables/forum-notes.csv", "tables/forum-notes.disclosure.csv",
            "tables/consent-coverage.csv", "tables/consent-coverage.disclosure.csv");
    assertThat(written).allSatisfy(p -> assertThat(p).isRegularFile());
  }

  @Test
  void eachFileHoldsWhatItsRendererWrites(@TempDir Path dir) throws IOException {
    ReportFolder.write(Fixtures.published(), dir);

    for (Renderer r : Renderers.documents()) {
      assertThat(Files.readString(dir.resolve(r.fileName()), StandardCharsets.UTF_8))
          .isEqualTo(r.renderToString(Fixtures.published()));
    }
    StringWriter csv = new StringWriter();
    CsvTables.write(Fixtures.published().tables().get(0), csv);
    assertThat(Files.readString(dir.resolve("tables/reach-by-age-band.csv"))).isEqualTo(csv.toString());
    StringWriter sidecar = new StringWriter();
    CsvTables.writeDisclosure(Fixtures.published().tables().get(0), sidecar);
    assertThat(Files.readString(dir.resolve("tables/reach-by-age-band.disclosure.csv")))
        .isEqualTo(sidecar.toString()).startsWith(CsvTables.DISCLOSURE_HEADER);
  }

  @Test
  void replacesItsOwnFilesAndLeavesOthersAlone(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("report.html"), "old");
    Files.writeString(dir.resolve("notes.txt"), "mine");

    ReportFolder.write(Fixtures.internal(), dir);

    assertThat(Files.readString(dir.resolve("report.html"))).contains("NOT FOR PUBLICATION");
    assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
  }
}
