package io.coproduce.consent.material;

import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Null checks for materials; id text is outside input and reported as invalid input instead. */
class PackageSanityTest {

  @Test
  void rejectNull() throws Exception {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(MaterialId.class, MaterialId.parse("m"))
        .setDefault(MaterialVersion.class, MaterialVersion.of(1, 0))
        .setDefault(InformationMaterial.class,
            InformationMaterial.nonText(MaterialId.parse("m"), MaterialVersion.of(1, 0), "en"))
        .setDefault(Publication.class, Publication.of(MaterialId.parse("m"), MaterialVersion.of(2, 0), Instant.EPOCH));
    tester.testAllPublicStaticMethods(MaterialCatalogue.class);
    tester.testAllPublicStaticMethods(Publication.class);
    tester.testMethod(null, InformationMaterial.class.getMethod("nonText", MaterialId.class, MaterialVersion.class, String.class));
    tester.testAllPublicInstanceMethods(MaterialCatalogue.of(List.of(
        Publication.of(MaterialId.parse("m"), MaterialVersion.of(1, 0), Instant.EPOCH))));
  }
}
