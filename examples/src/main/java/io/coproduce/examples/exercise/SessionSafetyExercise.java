package io.coproduce.examples.exercise;

import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentMethod;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.core.responsibility.ParentalResponsibility;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.safeguarding.SessionChecker;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.AdultRole;
import io.coproduce.participation.session.SafeguardingArrangement;
import io.coproduce.participation.session.SessionFormat;
import io.coproduce.participation.session.SessionId;
import io.coproduce.participation.session.SessionMethod;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.vetting.VettingCheck;
import io.coproduce.participation.vetting.VettingLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "Is this session safe to run?": a made-up creative session in Wales with faults planted for the
 * trainee to find (too few counted adults for the youngest child, a 17-year-old volunteer counted
 * as an adult, an unchecked volunteer the plan leaves alone with children, a 19-year-old
 * participant among children with no recorded safeguarding decision), checked by {@link
 * SessionChecker} with the default policy; then the same session put right and checked again.
 * Immutable and thread-safe.
 */
public final class SessionSafetyExercise implements Exercise {

  /** When the session starts. */
  public static final Instant START = Instant.parse("2026-11-23T16:00:00Z");

  private static final SessionId SESSION = SessionId.parse("workshop-12");
  private static final OrganisationId ORGANISER = OrganisationId.parse("org-riverside");
  private static final Jurisdiction WALES = Jurisdiction.WALES;
  private static final PersonId YOUNG_ADULT = PersonId.parse("yp-maple-19");

  /** The exercise. */
  public SessionSafetyExercise() {}

  @Override
  public String name() {
    return "session-safety";
  }

  @Override
  public String question() {
    return "Is this session safe to run?";
  }

  /** Returns the plan as first written, with its planted faults. */
  public SessionPlan plannedSession() {
    List<AdultAttendee> adults = List.of(lead(),
        AdultAttendee.of(adult("vol-teen-17", LocalDate.of(2009, 6, 1)), AdultRole.VOLUNTEER, VettingCheck.none()),
        AdultAttendee.of(adult("vol-oak-22", LocalDate.of(1994, 2, 14)), AdultRole.VOLUNTEER, VettingCheck.none())
            .leftAloneWithChildren());
    List<Person> group = new ArrayList<>(children());
    group.add(Person.youngPerson(YOUNG_ADULT, BirthInformation.ofDate(LocalDate.of(2007, 8, 3)), WALES));
    return builder().youngPeople(group).adults(adults).build();
  }

  /**
   * Returns the plan put right: a second checked member of staff, the volunteers checked and not
   * left alone, and a recorded decision on how the mixed-age group is safeguarded.
   */
  public SessionPlan correctedSession() {
    VettingCheck checked = VettingCheck.of(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST, LocalDate.of(2026, 3, 2));
    List<AdultAttendee> adults = List.of(lead(),
        AdultAttendee.of(adult("staff-elm-02", LocalDate.of(1988, 10, 9)), AdultRole.STAFF, checked),
        AdultAttendee.of(adult("vol-oak-22", LocalDate.of(1994, 2, 14)), AdultRole.VOLUNTEER, checked));
    List<Person> group = new ArrayList<>(children());
    group.add(Person.youngPerson(YOUNG_ADULT, BirthInformation.ofDate(LocalDate.of(2007, 8, 3)), WALES));
    return builder().youngPeople(group).adults(adults)
        .mixedAgeArrangement(SafeguardingArrangement.of("sg-decision-0412", PersonId.parse("staff-lead-01"),
            LocalDate.of(2026, 11, 16)))
        .build();
  }

  /** Returns the checker's answer about the plan as written, then about the corrected plan. */
  public List<SessionCheck> answers() {
    SessionChecker checker = checker();
    return List.of(checker.check(plannedSession()), checker.check(correctedSession()));
  }

  @Override
  public void run(Transcript t) {
    t.title(this);
    t.fact("Everyone here is made up; people are named by pseudonymous id only.");
    List<SessionCheck> answers = answers();
    describe(t, "1. the plan as the organiser wrote it", plannedSession());
    show(t, answers.get(0));
    describe(t, "2. the same session put right", correctedSession());
    show(t, answers.get(1));
    t.end();
  }

  private static void describe(Transcript t, String heading, SessionPlan plan) {
    t.situation(heading);
    t.fact(plan.id() + " by " + plan.organiser() + ": " + plan.method() + ", " + plan.format() + ", "
        + plan.start() + " for " + plan.duration().toMinutes() + " minutes, in " + WALES);
    StringBuilder ages = new StringBuilder();
    for (Person p : plan.youngPeople()) {
      ages.append(ages.length() == 0 ? "" : ", ").append(p.id()).append(" (").append(p.ageOn(plan.day())).append(')');
    }
    t.fact(plan.youngPeople().size() + " young people: " + ages);
    for (AdultAttendee a : plan.adults()) {
      t.fact("adult " + a.id() + ": " + a.role() + ", aged " + a.person().ageOn(plan.day()) + ", check "
          + a.vetting() + (a.mayBeAloneWithChildren() ? ", may be left alone with children (breakout group)" : ""));
    }
    t.fact("consent to take part: each child's mother consented in writing and each child assented; "
        + YOUNG_ADULT + " consented herself");
    t.fact(plan.mixedAgeArrangement().map(m -> "mixed-age safeguarding decision " + m.reference() + " recorded by "
        + m.decidedBy() + " on " + m.decidedOn()).orElse("no safeguarding decision recorded for the mixed-age group"));
    t.asks("is " + plan.id() + " safe to run as planned?");
  }

  private static void show(Transcript t, SessionCheck check) {
    t.answer(check.blocks() ? "NOT safe to run as planned" : "safe to run (read the warnings and advice)");
    if (check.findings().isEmpty()) {
      t.detail("no findings");
    }
    for (Finding f : check.findings()) {
      t.reason(f.severity().name(), f.reason());
    }
  }

  /**
   * The consent records: for every child, their mother's consent to take part and the child's
   * assent; the 19-year-old's own consent. Consent is in order, so the faults to find are elsewhere.
   */
  private static SessionChecker checker() {
    ConsentLedger ledger = ConsentLedger.inMemory();
    List<ResponsibilityClaim> claims = new ArrayList<>();
    Instant signed = Instant.parse("2026-11-09T17:00:00Z");
    PersonId worker = PersonId.parse("staff-lead-01");
    InformationMaterial sheet = InformationMaterial.nonText(MaterialId.parse("workshop-sheet"),
        MaterialVersion.of(2, 0), "cy");
    int n = 0;
    for (Person child : children()) {
      PersonId mother = PersonId.parse("adult-parent-" + child.id().value().substring(3));
      claims.add(ResponsibilityClaim.of(mother, child.id(), ResponsibilityBasis.BIRTH_MOTHER,
          child.birth().latestBirthDate()));
      ledger.append(grant(++n, child.id(), signed, sheet, worker).decidedBy(mother,
          DecisionAuthority.PARENTAL_RESPONSIBILITY).build());
      ledger.append(ConsentEvent.builder(ConsentEventId.parse("c-ws-" + (++n)), child.id(), ConsentAction.ASSENTED,
              signed.plusSeconds(600))
          .purposes(Purpose.takingPart()).bySubject(null).evidence(Evidence.verbal(worker, PersonId.parse("staff-elm-02")))
          .jurisdiction(WALES).build());
    }
    ledger.append(grant(++n, YOUNG_ADULT, signed, sheet, worker).bySubject(DecisionAuthority.SELF_ADULT).build());
    ConsentGate gate = ConsentGate.of(ledger, ConsentPolicy.defaults(), ParentalResponsibility.of(claims),
        MaterialCatalogue.empty());
    return SessionChecker.of(gate);
  }

  private static ConsentEvent.Builder grant(int n, PersonId subject, Instant at, InformationMaterial sheet,
      PersonId worker) {
    return ConsentEvent.builder(ConsentEventId.parse("c-ws-" + n), subject, ConsentAction.GIVEN, at)
        .purposes(Purpose.takingPart())
        .evidence(Evidence.of(ConsentMethod.WRITTEN, worker))
        .material(sheet)
        .validity(Validity.from(at))
        .withdrawalRoutes(WithdrawalRoute.IN_PERSON)
        .jurisdiction(WALES);
  }

  private static SessionPlan.Builder builder() {
    return SessionPlan.builder(SESSION, ORGANISER, START, Duration.ofMinutes(60), SessionFormat.IN_PERSON,
        SessionMethod.CREATIVE);
  }

  private static AdultAttendee lead() {
    return AdultAttendee.of(adult("staff-lead-01", LocalDate.of(1985, 4, 20)), AdultRole.STAFF,
        VettingCheck.of(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST, LocalDate.of(2025, 1, 6)));
  }

  private static Person adult(String id, LocalDate born) {
    return Person.of(PersonId.parse(id), BirthInformation.ofDate(born), WALES, Role.FACILITATOR);
  }

  private static List<Person> children() {
    List<Person> out = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      out.add(Person.youngPerson(PersonId.parse(String.format(java.util.Locale.ROOT, "yp-birch-%02d", i)),
          BirthInformation.ofDate(LocalDate.of(2015, 1, 1).plusDays(17L * i)), WALES));
    }
    out.add(Person.youngPerson(PersonId.parse("yp-hazel-07"), BirthInformation.ofDate(LocalDate.of(2019, 3, 1)),
        WALES));
    return List.copyOf(out);
  }
}
