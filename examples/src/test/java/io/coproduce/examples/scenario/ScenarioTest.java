package io.coproduce.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.consent.gate.ConsentCheck;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.gate.PurposeDecision;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.ledger.FileLedgerStore;
import io.coproduce.consent.ledger.LedgerRecord;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.Publication;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.forum.ForumKind;
import io.coproduce.participation.forum.RepresentationLink;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.process.CoproductionProcess;
import io.coproduce.participation.process.ProcessKind;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.safeguarding.SessionChecker;
import io.coproduce.participation.voice.OverdueFeedback;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioTest {

  private static ScenarioAudit audit;
  private static Scenario tiny;
  private static ConsentLedger ledger;
  private static ConsentGate gate;
  private static Map<PersonId, Person> byId;

  @BeforeAll
  static void generate() {
    audit = new ScenarioAudit(Scenario.generate(42, ScenarioSize.TINY));
    tiny = audit.scenario;
    ledger = audit.ledger;
    gate = audit.gate;
    byId = audit.people;
  }

  @Test
  void sameSeedAndSizeGiveTheSameScenarioLineForLine() {
    Scenario again = Scenario.generate(42, ScenarioSize.TINY);
    List<String> lines = tiny.canonicalLines().toList();
    assertThat(again.canonicalLines().toList()).isEqualTo(lines);
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("consent|{"))
        .anySatisfy(l -> assertThat(l).startsWith("session|")).anySatisfy(l -> assertThat(l).startsWith("person|"));
    assertThat(again.fingerprint()).isEqualTo(tiny.fingerprint()).hasSize(64);
  }

  @Test
  void anotherSeedGivesAnotherScenario() {
    assertThat(Scenario.generate(43, ScenarioSize.TINY).fingerprint()).isNotEqualTo(tiny.fingerprint());
  }

  @Test
  void theReferenceInstantIsAConstantNotTheClock() {
    assertThat(tiny.referenceInstant()).isEqualTo(Scenario.REFERENCE_INSTANT);
    assertThat(tiny.referenceDate()).isEqualTo(Scenario.REFERENCE_DATE);
    assertThat(tiny.windowStart()).isBefore(tiny.referenceDate());
    assertThat(tiny.seed()).isEqualTo(42);
    assertThat(tiny.size()).isEqualTo(ScenarioSize.TINY);
    assertThat(tiny).hasToString("Scenario[seed=42, " + ScenarioSize.TINY + "]");
  }

  @Test
  void peopleAreAged0To25AcrossAllFourNations() {
    List<Person> people = tiny.people();
    assertThat(people).hasSize(100).doesNotHaveDuplicates();
    assertThat(people).extracting(Person::jurisdiction).containsAll(EnumSet.allOf(Jurisdiction.class));
    assertThat(people).allSatisfy(p -> assertThat(p.ageOn(tiny.referenceDate()).years()).isBetween(0, 25));
    assertThat(people).extracting(p -> p.ageBandOn(tiny.referenceDate())).containsAll(EnumSet.range(
        AgeBand.AGE_0_TO_5, AgeBand.AGE_18_TO_25));
    assertThat(tiny.person(7)).isEqualTo(people.get(7));
  }

  @Test
  void findsPeopleAndTheirStoriesById() {
    assertThat(tiny.person(PersonId.parse("yp-0000007"))).contains(tiny.person(7));
    assertThat(tiny.person(PersonId.parse("yp-0000100"))).isEmpty();
    assertThat(tiny.person(PersonId.parse("yp-000007"))).isEmpty();
    assertThat(tiny.person(PersonId.parse("yp-00000x7"))).isEmpty();
    assertThat(tiny.person(PersonId.parse("pa-0000007"))).isEmpty();
    assertThat(tiny.storyOf(PersonId.parse("yp-0000000"))).contains(ConsentStory.values()[0]);
    assertThat(tiny.plantedConsents()).allSatisfy(p -> assertThat(tiny.storyOf(p.person())).contains(p.story()));
    assertThat(tiny.people()).filteredOn(p -> tiny.storyOf(p.id()).isEmpty()).hasSizeGreaterThan(50);
  }

  @Test
  void peopleListIsImmutable() {
    assertThatThrownBy(() -> tiny.people().add(tiny.person(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> tiny.person(100)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 13, 16, 18})
  void someBirthdaysCrossEachThresholdInsideTheWindow(int threshold) {
    assertThat(tiny.people()).anySatisfy(p -> {
      assertThat(p.ageOn(tiny.windowStart()).years()).isEqualTo(threshold - 1);
      assertThat(p.ageOn(tiny.referenceDate()).years()).isEqualTo(threshold);
    });
  }

  @Test
  void parentalResponsibilityIncludesLookedAfterChildrenUnderACareOrder() {
    List<ResponsibilityClaim> claims = new ArrayList<>();
    tiny.forEachResponsibilityClaim(claims::add);
    assertThat(claims).extracting(ResponsibilityClaim::basis).contains(ResponsibilityBasis.BIRTH_MOTHER,
        ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER);
    assertThat(claims.stream().filter(c -> c.basis() == ResponsibilityBasis.BIRTH_MOTHER)).hasSize(100);
    Person lookedAfter = byId.get(claims.stream().filter(c -> c.basis() == ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER)
        .findFirst().orElseThrow().child());
    assertThat(tiny.responsibility().holdersOn(lookedAfter, tiny.referenceDate()))
        .anySatisfy(f -> assertThat(f.holds()).isTrue());
  }

  @Test
  void everyConsentStoryIsPlantedAndTheGateAnswersAsTheStorySays() {
    assertThat(tiny.plantedConsents()).extracting(PlantedConsent::story)
        .containsAll(EnumSet.allOf(ConsentStory.class));
    assertThat(audit.wrongConsentAnswers()).isEmpty();
  }


  @Test
  void theGateGivesAMixOfAllowedAndBlockedForEveryBlockingReasonPlanted() {
    Set<Boolean> answers = new TreeSet<>();
    tiny.plantedConsents().forEach(p -> answers.add(gate.check(byId.get(p.person()), List.of(p.story().purpose()),
        tiny.referenceInstant()).allowed()));
    assertThat(answers).containsExactly(false, true);
  }

  @Test
  void youngPeopleWithoutAStoryMayTakePartBeOnlinePhotographedAndQuotedAfterTheirBirthdays() {
    assertThat(audit.blockedOrdinaryConsents()).isEmpty();
  }


  @Test
  void capacityAssessmentsAssentRefusalsAndWithdrawalsAreInTheLedger() {
    Set<String> actions = new TreeSet<>();
    AtomicLong assessments = new AtomicLong();
    tiny.forEachConsentRecord(r -> {
      if (r.kind() == LedgerRecord.Kind.CAPACITY_ASSESSMENT) {
        assessments.incrementAndGet();
      } else {
        actions.add(r.event().orElseThrow().action().name());
      }
    });
    assertThat(assessments.get()).isGreaterThanOrEqualTo(2);
    assertThat(actions).contains("GIVEN", "ASSENTED", "DISSENTED", "REFUSED", "WITHDRAWN", "REVOKED", "DEFERRED",
        "REQUESTED");
    assertThat(ledger.verify().isIntact()).isTrue();
  }

  @Test
  void theInformationSheetsHaveACorrectionAndAMaterialChange() {
    List<Publication> main = tiny.materials().publicationsOf(MaterialId.parse("sheet-main"));
    assertThat(main).extracting(p -> p.version().toString()).containsExactly("1.0", "1.1", "2.0");
    assertThat(tiny.materials().publicationsOf(MaterialId.parse("sheet-photos")))
        .extracting(p -> p.version().toString()).containsExactly("1.0", "1.1");
  }

  @Test
  void plantedFaultsAreExposedAndCoverEveryKind() {
    assertThat(tiny.plantedFaults()).extracting(PlantedFault::fault).containsAll(EnumSet.allOf(SessionFault.class));
    assertThat(tiny.plantedFaults()).allSatisfy(f -> assertThat(tiny.sessions()).anySatisfy(s -> {
      assertThat(s.id()).isEqualTo(f.session());
      assertThat(s.plantedFault()).contains(f.fault());
    }));
  }

  @Test
  void theCheckerFindsExactlyThePlantedFaultsAndCleanSessionsHaveNoBlockers() {
    assertThat(audit.wrongSessionFindings()).isEmpty();
  }


  @Test
  void forumsRunFromLocalGroupsThroughLocalSystemsToTheNationalGroup() {
    assertThat(tiny.network().forums()).extracting(f -> f.layer()).contains(Layer.ORGANISATION, Layer.LOCAL_SYSTEM,
        Layer.NATION, Layer.REGION);
    var origin = Coalition.groupForum(0, 0);
    var reach = tiny.network().voiceReach(origin, tiny.referenceDate());
    assertThat(reach.forums()).contains(Coalition.systemForum(0), Coalition.NATIONAL);
    assertThat(reach.highestLayerReached()).contains(Layer.NATION);
  }

  @Test
  void theTwoSteeringGroupsHaveLiaisonsOnEachOther() {
    List<RepresentationLink> links = List.copyOf(tiny.network().links());
    assertThat(links).anySatisfy(l -> {
      assertThat(l.from()).isEqualTo(Coalition.NORTH_STEERING);
      assertThat(l.to()).isEqualTo(Coalition.SOUTH_STEERING);
    });
    assertThat(links).anySatisfy(l -> {
      assertThat(l.from()).isEqualTo(Coalition.SOUTH_STEERING);
      assertThat(l.to()).isEqualTo(Coalition.NORTH_STEERING);
    });
    assertThat(tiny.network().forums()).filteredOn(f -> f.kind() == ForumKind.STEERING_GROUP).hasSize(2);
    assertThat(tiny.jointArrangement().check(tiny.network(), tiny.referenceDate())).isEmpty();
    assertThat(tiny.membershipGroups()).hasSize(2);
  }

  @Test
  void organisationsIncludeCharitiesSchoolsServicesAndLocalAuthorities() {
    assertThat(tiny.organisations()).extracting(Organisation::kind).containsAll(EnumSet.allOf(OrganisationKind.class));
  }

  @Test
  void processesHavePhasesThatRan() {
    assertThat(tiny.processes()).extracting(CoproductionProcess::kind).contains(ProcessKind.SERVICE_REDESIGN,
        ProcessKind.STRATEGY, ProcessKind.JOINT_CONSULTATION_RESPONSE);
    assertThat(tiny.processes()).allSatisfy(p -> {
      assertThat(p.phases()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(p.runs()).isNotEmpty();
    });
    assertThat(tiny.jointArrangement().ownedByBoth(tiny.processes().stream()
        .filter(p -> p.kind() == ProcessKind.JOINT_CONSULTATION_RESPONSE).findFirst().orElseThrow())).isTrue();
  }

  @Test
  void someFeedbackIsOverdueAndSomeWasSent() {
    List<OverdueFeedback> overdue = tiny.voice().overdueFeedback(tiny.referenceInstant());
    assertThat(overdue).isNotEmpty();
    assertThat(tiny.voice().feedback()).isNotEmpty();
    assertThat(tiny.voice().decisions()).isNotEmpty();
  }

  @Test
  void activityFactsNameWhoTookPartWhereAndWhen() {
    List<ActivityFact> facts = tiny.activity().toList();
    assertThat(facts).extracting(ActivityFact::kind).containsAll(EnumSet.allOf(ActivityKind.class));
    assertThat(facts).allSatisfy(f -> {
      assertThat(byId).containsKey(f.person());
      assertThat(f.date()).isBeforeOrEqualTo(tiny.referenceDate());
    });
    assertThat(facts.stream().filter(f -> f.kind() == ActivityKind.CONTRIBUTED))
        .hasSize(tiny.voice().contributions().size());
  }

  @Test
  void theConsentStreamMatchesTheLedger() {
    AtomicLong count = new AtomicLong();
    tiny.forEachConsentRecord(r -> count.incrementAndGet());
    assertThat(ledger.size()).isEqualTo(count.get()).isGreaterThan(100);
    assertThat(ledger.subjects()).hasSize(100);
  }

  @Test
  void consentsCanBeWrittenToTheDurableLedgerFile(@TempDir Path dir) {
    Path file = dir.resolve("consent-ledger.jsonl");
    try (ConsentLedger durable = ConsentLedger.open(FileLedgerStore.open(file))) {
      tiny.writeConsentsTo(durable);
      assertThat(durable.headHash()).isEqualTo(ledger.headHash());
    }
    assertThat(FileLedgerStore.readForAudit(file).verification().isIntact()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(SessionFault.class)
  void everyFaultNamesTheRulesItBreaks(SessionFault fault) {
    assertThat(fault.expectedBlockingRules()).isNotEmpty().allSatisfy(r -> assertThat(r).contains("."));
  }
}
