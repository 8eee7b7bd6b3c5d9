package io.coproduce.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.examples.Examples;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the generator over seeds: for any seed the tiny scenario is generated, is the
 * same when generated again, and keeps every promise its answer keys make (planted consent
 * stories, planted faults and nothing else, ordinary consents valid).
 */
class ScenarioPropertiesTest {

  @Test
  void anySeedGeneratesTheSameScenarioTwice() {
    qt().withFixedSeed(20261201L).withExamples(Examples.atMost(3))
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> assertThat(Scenario.generate(seed, ScenarioSize.TINY).fingerprint())
            .isEqualTo(Scenario.generate(seed, ScenarioSize.TINY).fingerprint()));
  }

  @Test
  void anySeedKeepsTheAnswerKeys() {
    qt().withFixedSeed(20261202L).withExamples(Examples.atMost(3))
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          ScenarioAudit audit = new ScenarioAudit(Scenario.generate(seed, ScenarioSize.TINY));
          assertThat(audit.scenario.plantedFaults()).extracting(PlantedFault::fault)
              .containsAll(EnumSet.allOf(SessionFault.class));
          assertThat(audit.scenario.plantedConsents()).extracting(PlantedConsent::story)
              .containsAll(EnumSet.allOf(ConsentStory.class));
          assertThat(audit.wrongConsentAnswers()).isEmpty();
          assertThat(audit.wrongSessionFindings()).isEmpty();
          assertThat(audit.blockedOrdinaryConsents()).isEmpty();
          assertThat(audit.scenario.voice().overdueFeedback(audit.scenario.referenceInstant())).isNotEmpty();
        });
  }

  @Test
  void aSmallScenarioKeepsTheAnswerKeysToo() {
    ScenarioAudit audit = new ScenarioAudit(Scenario.generate(20261203L, ScenarioSize.SMALL));
    assertThat(audit.wrongConsentAnswers()).isEmpty();
    assertThat(audit.wrongSessionFindings()).isEmpty();
    assertThat(audit.blockedOrdinaryConsents()).isEmpty();
  }
}
