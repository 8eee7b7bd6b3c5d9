package io.coproduce.examples.scenario;

import io.coproduce.consent.gate.ConsentCheck;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.gate.PurposeDecision;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.safeguarding.SessionChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Test support: a generated scenario with its consents in an in-memory ledger, and the checks
 * every scenario must pass, each returning what it found wrong (empty when all is well). Not
 * thread-safe.
 */
final class ScenarioAudit {

  final Scenario scenario;
  final ConsentLedger ledger;
  final ConsentGate gate;
  final Map<PersonId, Person> people;

  ScenarioAudit(Scenario scenario) {
    this.scenario = scenario;
    this.ledger = scenario.writeConsentsTo(ConsentLedger.inMemory());
    this.gate = scenario.gate(ledger);
    this.people = scenario.people().stream().collect(Collectors.toMap(Person::id, Function.identity()));
  }

  /** Planted consent stories whose gate answer at the reference instant is not the story's. */
  List<String> wrongConsentAnswers() {
    List<String> wrong = new ArrayList<>();
    for (PlantedConsent p : scenario.plantedConsents()) {
      ConsentStory story = p.story();
      PurposeDecision d = gate.check(people.get(p.person()), List.of(story.purpose()), scenario.referenceInstant())
          .decision(story.purpose());
      if (d.allowed() != story.expectedAllowed() || !d.has(story.expectedFinding())) {
        wrong.add(story + " " + p.person() + ": " + d);
      }
    }
    return wrong;
  }

  /** Sessions whose blocking rules are not exactly those of their planted fault (none for a clean session). */
  List<String> wrongSessionFindings() {
    SessionChecker checker = SessionChecker.of(gate);
    List<String> wrong = new ArrayList<>();
    for (ScheduledSession s : scenario.sessions()) {
      SessionCheck check = checker.check(s.plan());
      Set<String> blocking = check.findings().stream().filter(Finding::blocks).map(Finding::rule)
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> expected = s.plantedFault().map(SessionFault::expectedBlockingRules).orElse(Set.of());
      if (!blocking.equals(expected)) {
        wrong.add(s.id() + " " + s.fault() + " expected " + expected + " got " + check.findings().stream()
            .filter(Finding::blocks).map(Finding::toString).toList());
      }
    }
    return wrong;
  }

  /** Young people without a story who may not do everything ordinary consents cover at the reference instant. */
  List<String> blockedOrdinaryConsents() {
    Set<PersonId> storied = scenario.plantedConsents().stream().map(PlantedConsent::person).collect(Collectors.toSet());
    List<String> blocked = new ArrayList<>();
    for (Person p : scenario.people()) {
      if (storied.contains(p.id())) {
        continue;
      }
      ConsentCheck check = gate.check(p, Consents.ORDINARY, scenario.referenceInstant());
      if (!check.allowed()) {
        blocked.add(p.id() + " " + check);
      }
    }
    return blocked;
  }
}
