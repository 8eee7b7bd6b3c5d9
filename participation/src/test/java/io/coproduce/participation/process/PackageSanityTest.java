package io.coproduce.participation.process;

import com.google.common.testing.NullPointerTester;
import io.coproduce.core.id.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Null checks across the package. Id text is outside input, so a null id text is reported as an
 * {@link io.coproduce.core.error.InvalidInputException} (see {@link ProcessIdTest}); the closing
 * instant of a {@link PhaseRun} is nullable by design (an open run).
 */
class PackageSanityTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(ProcessId.class, CoproductionProcessTest.ID)
      .setDefault(OrganisationId.class, CoproductionProcessTest.CHARITY)
      .setDefault(Instant.class, CoproductionProcessTest.T1)
      .setDefault(LocalDate.class, LocalDate.of(2026, 1, 5))
      .setDefault(String.class, "discovery");

  @Test
  void staticFactoriesRejectNull() {
    tester.testAllPublicStaticMethods(Phase.class);
    tester.testAllPublicStaticMethods(PhaseRun.class);
    tester.testAllPublicStaticMethods(CoproductionProcess.class);
  }

  @Test
  void instanceMethodsRejectNull() {
    tester.testAllPublicInstanceMethods(CoproductionProcessTest.planned());
    tester.testAllPublicInstanceMethods(CoproductionProcessTest.planned().startPhase("discovery",
        CoproductionProcessTest.T1));
    tester.testAllPublicInstanceMethods(CoproductionProcessTest.DISCOVERY);
    tester.testAllPublicInstanceMethods(PhaseRun.startedAt(CoproductionProcessTest.T1));
    tester.testAllPublicInstanceMethods(ParticipationLevel.CONSULT);
  }
}
