package io.coproduce.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentMethod;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.gate.Finding;
import io.coproduce.consent.gate.PurposeDecision;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.core.responsibility.ParentalResponsibility;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import io.coproduce.core.responsibility.ResponsibilityFinding;
import io.coproduce.core.rule.Reason;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.safeguarding.SessionChecker;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.AdultRole;
import io.coproduce.participation.session.SessionFormat;
import io.coproduce.participation.session.SessionId;
import io.coproduce.participation.session.SessionMethod;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.vetting.VettingCheck;
import io.coproduce.participation.vetting.VettingLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the README's code examples compiling, running and identical to the examples here. */
class ReadmeExampleTest {

  static void example() {
    // README-BEGIN
    PersonId child = PersonId.parse("yp-0042");
    PersonId mother = PersonId.parse("adult-0007");
    OrganisationId council = OrganisationId.parse("la-northshire");

    Person youngPerson = Person.youngPerson(
        child, BirthInformation.ofDate(LocalDate.of(2013, 4, 2)), Jurisdiction.ENGLAND);

    ParentalResponsibility responsibility = ParentalResponsibility.of(List.of(
        ResponsibilityClaim.of(mother, child, ResponsibilityBasis.BIRTH_MOTHER, LocalDate.of(2013, 4, 2)),
        ResponsibilityClaim.of(council, child, ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER,
            LocalDate.of(2024, 9, 1))));

    LocalDate today = LocalDate.of(2026, 11, 23);
    for (ResponsibilityFinding finding : responsibility.holdersOn(youngPerson, today)) {
      Reason why = finding.reasons().get(0);
      System.out.println(why.explanation() + " [" + why.source().citation() + "]");
    }
    // README-END
  }

  static void consentExample() {
    // README-BEGIN
    PersonId child = PersonId.parse("yp-0042");
    PersonId mother = PersonId.parse("adult-0007");
    PersonId worker = PersonId.parse("staff-0003");
    Person youngPerson = Person.youngPerson(
        child, BirthInformation.ofDate(LocalDate.of(2012, 4, 2)), Jurisdiction.ENGLAND);
    ParentalResponsibility responsibility = ParentalResponsibility.of(List.of(
        ResponsibilityClaim.of(mother, child, ResponsibilityBasis.BIRTH_MOTHER, LocalDate.of(2012, 4, 2))));

    ConsentLedger ledger = ConsentLedger.inMemory();
    Instant signed = Instant.parse("2026-11-02T16:00:00Z");
    ledger.append(ConsentEvent.builder(ConsentEventId.parse("c-0001"), child, ConsentAction.GIVEN, signed)
        .purposes(Purpose.photography())
        .decidedBy(mother, DecisionAuthority.PARENTAL_RESPONSIBILITY)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, worker))
        .material(InformationMaterial.nonText(MaterialId.parse("photo-sheet"), MaterialVersion.of(1, 0), "en"))
        .validity(Validity.from(signed))
        .withdrawalRoutes(WithdrawalRoute.IN_PERSON, WithdrawalRoute.ONLINE_FORM)
        .jurisdiction(Jurisdiction.ENGLAND)
        .build());

    ConsentGate gate = ConsentGate.of(ledger, ConsentPolicy.defaults(), responsibility, MaterialCatalogue.empty());
    PurposeDecision photos = gate.check(youngPerson, List.of(Purpose.photography()),
        Instant.parse("2026-11-23T10:00:00Z")).decision(Purpose.photography());
    System.out.println(photos.allowed() ? "allowed" : "not allowed");
    for (Finding gap : photos.gaps()) {
      System.out.println(gap.reason().explanation() + " [" + gap.reason().source().citation() + "]");
    }
    // README-END
  }

  static void sessionExample() {
    // README-BEGIN
    List<Person> group = new java.util.ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      group.add(Person.youngPerson(PersonId.parse("yp-" + i),
          BirthInformation.ofDate(LocalDate.of(2015, 3, i)), Jurisdiction.WALES));
    }
    group.add(Person.youngPerson(PersonId.parse("yp-10"),
        BirthInformation.ofDate(LocalDate.of(2018, 5, 1)), Jurisdiction.WALES));
    AdultAttendee lead = AdultAttendee.of(
        Person.of(PersonId.parse("staff-1"), BirthInformation.ofYear(1990), Jurisdiction.WALES, Role.FACILITATOR),
        AdultRole.STAFF, VettingCheck.of(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST, LocalDate.of(2025, 1, 6)));
    AdultAttendee helper = AdultAttendee.of(
        Person.of(PersonId.parse("vol-1"), BirthInformation.ofDate(LocalDate.of(2009, 6, 1)), Jurisdiction.WALES,
            Role.FACILITATOR),
        AdultRole.VOLUNTEER, VettingCheck.none());

    SessionPlan plan = SessionPlan.builder(SessionId.parse("workshop-7"), OrganisationId.parse("org-cymru"),
            Instant.parse("2026-11-23T15:30:00Z"), Duration.ofMinutes(50), SessionFormat.IN_PERSON,
            SessionMethod.CREATIVE)
        .youngPeople(group).adults(List.of(lead, helper)).purposes(List.of(Purpose.photography()))
        .build();
    ConsentGate gate = ConsentGate.of(ConsentLedger.inMemory(), ConsentPolicy.defaults(),
        ParentalResponsibility.empty(), MaterialCatalogue.empty());
    SessionCheck check = SessionChecker.of(gate).check(plan);

    System.out.println(check.blocks() ? "not safe to run as planned" : "safe to run");
    for (io.coproduce.participation.finding.Finding f : check.findings()) {
      if (!f.rule().startsWith("consent.")) {
        System.out.println(f.severity() + " " + f.rule() + ": " + f.reason().explanation());
      }
    }
    // README-END
  }

  /** The README's java blocks, in order, and the examples that must match them. */
  private static final List<Runnable> EXAMPLES = List.of(ReadmeExampleTest::example, ReadmeExampleTest::consentExample,
      ReadmeExampleTest::sessionExample);

  private static List<String> readmeBlocks() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> blocks = new java.util.ArrayList<>();
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  private static List<String> snippets() throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/io/coproduce/examples/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
    List<String> out = new java.util.ArrayList<>();
    int from = 0;
    while (true) {
      int begin = source.indexOf("    // README-BEGIN\n", from);
      if (begin < 0) {
        return out;
      }
      int end = source.indexOf("    // README-END\n", begin);
      out.add(source.substring(begin + "    // README-BEGIN\n".length(), end));
      from = end + 1;
    }
  }

  @Test
  void readmeShowsExactlyTheCodeThisTestRuns() throws IOException {
    List<String> blocks = readmeBlocks();
    List<String> snippets = snippets();
    assertThat(blocks).as("one README java block per example").hasSize(EXAMPLES.size());
    assertThat(snippets).hasSize(EXAMPLES.size());
    for (int i = 0; i < blocks.size(); i++) {
      assertThat(normalise(withoutComments(blocks.get(i)))).as("block %s", i + 1).isEqualTo(normalise(snippets.get(i)));
    }
  }

  @Test
  void readmeExamplesPrintTheOutputTheyPromise() throws IOException {
    List<String> blocks = readmeBlocks();
    for (int i = 0; i < EXAMPLES.size(); i++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PrintStream original = System.out;
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      try {
        EXAMPLES.get(i).run();
      } finally {
        System.setOut(original);
      }
      String printed = bytes.toString(StandardCharsets.UTF_8);
      String promised = blocks.get(i).lines()
          .filter(l -> l.startsWith("// "))
          .map(l -> l.substring(3))
          .reduce("", (a, b) -> a.isEmpty() ? b : b.startsWith("  ") ? a + " " + b.strip() : a + "\n" + b);
      assertThat(printed.strip()).as("block %s", i + 1).isEqualTo(promised.strip());
    }
  }

  private static String withoutComments(String code) {
    return code.lines().filter(l -> !l.startsWith("//")).reduce("", (a, b) -> a + "\n" + b);
  }

  private static String normalise(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + "\n" + b);
  }
}
