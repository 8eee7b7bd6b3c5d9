package io.coproduce.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.gate.PurposeDecision;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.core.person.Person;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.safeguarding.SessionChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static Scenario tiny;
  private static ConsentLedger ledger;
  private static ConsentGate gate;

  @BeforeAll
  static void generate() {
    tiny = Scenario.generate(42, ScenarioSize.TINY);
    ledger = tiny.writeConsentsTo(ConsentLedger.inMemory());
    gate = tiny.gate(ledger);
  }

  @Test
  void plantedConsentStoriesGetTheExpectedAnswerFromTheGate() {
    List<String> wrong = new ArrayList<>();
    for (PlantedConsent planted : tiny.plantedConsents()) {
      Person person = tiny.people().stream().filter(p -> p.id().equals(planted.person())).findFirst().orElseThrow();
      ConsentStory story = planted.story();
      PurposeDecision d = gate.check(person, List.of(story.purpose()), tiny.referenceInstant()).decision(story.purpose());
      if (d.allowed() != story.expectedAllowed() || !d.has(story.expectedFinding())) {
        wrong.add(story + " " + person.id() + " age " + person.ageOn(tiny.referenceDate()) + " " + person.jurisdiction()
            + ": " + d);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void plantedFaultsAreFoundExactlyAndCleanSessionsHaveNoBlockers() {
    SessionChecker checker = SessionChecker.of(gate);
    List<String> wrong = new ArrayList<>();
    for (ScheduledSession s : tiny.sessions()) {
      SessionCheck check = checker.check(s.plan());
      Set<String> blocking = check.findings().stream().filter(Finding::blocks).map(Finding::rule)
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> expected = s.plantedFault().map(SessionFault::expectedBlockingRules).orElse(Set.of());
      if (!blocking.equals(expected)) {
        wrong.add(s.id() + " " + s.fault() + " expected " + expected + " got " + check.findings().stream()
            .filter(Finding::blocks).map(Finding::toString).toList());
      }
    }
    assertThat(wrong).isEmpty();
  }
}
