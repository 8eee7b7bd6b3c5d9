package io.coproduce.reporting.render;

import com.google.common.testing.NullPointerTester;
import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.disclosure.ReleasedTable;
import io.coproduce.reporting.report.Publication;
import io.coproduce.reporting.report.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Null checks across the render package and the renderers it hands out. */
class PackageSanityTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(Publication.class, Fixtures.published())
      .setDefault(ReleasedTable.class, Fixtures.published().tables().get(0))
      .setDefault(DisclosurePolicy.class, DisclosurePolicy.nhsDefault())
      .setDefault(Path.class, Path.of("target", "never-written"))
      .setDefault(List.class, List.<Report>of(Fixtures.report()));

  @Test
  void staticMethodsRejectNull() {
    tester.testAllPublicStaticMethods(CsvTables.class);
    tester.testAllPublicStaticMethods(ReportFolder.class);
    tester.testAllPublicStaticMethods(Renderers.class);
    tester.testAllPublicStaticMethods(JsonSchemas.class);
  }

  @Test
  void renderersRejectNull() {
    for (Renderer renderer : Renderers.documents()) {
      tester.testAllPublicInstanceMethods(renderer);
    }
  }
}
