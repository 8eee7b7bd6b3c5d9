package io.coproduce.participation.safeguarding;

import static io.coproduce.participation.SessionWorld.DAY;
import static io.coproduce.participation.SessionWorld.START;
import static io.coproduce.participation.SessionWorld.child;
import static io.coproduce.participation.SessionWorld.childAged;
import static io.coproduce.participation.SessionWorld.children;
import static io.coproduce.participation.SessionWorld.staff;
import static io.coproduce.participation.SessionWorld.workshop;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.AccessNeed;
import io.coproduce.core.person.EqualityMonitoring;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Response;
import io.coproduce.core.person.SpecialEducationalNeeds;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.SessionWorld;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.AdultRole;
import io.coproduce.participation.session.OnlinePlatform;
import io.coproduce.participation.session.Recurrence;
import io.coproduce.participation.session.SafeguardingArrangement;
import io.coproduce.participation.session.SessionFormat;
import io.coproduce.participation.session.SessionMethod;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.session.Venue;
import io.coproduce.participation.vetting.FrequencyTest;
import io.coproduce.participation.vetting.VettingCheck;
import io.coproduce.participation.vetting.VettingLevel;
import io.coproduce.participation.vetting.WorkWithChildren;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionCheckerTest {

  private final SessionWorld world = new SessionWorld();

  private SessionCheck check(SessionPlan plan) {
    return world.check(plan);
  }

  private static AdultAttendee adult(String id, AdultRole role, VettingLevel level) {
    return AdultAttendee.of(SessionWorld.adultPerson(id), role,
        level == VettingLevel.NONE ? VettingCheck.none() : VettingCheck.of(level, DAY.minusYears(1)));
  }

  // ---- supervision ------------------------------------------------------------------------

  @ParameterizedTest(name = "{1} children aged {0} with {2} adults: ratio blocker {3}")
  @CsvSource({
      // under 2: 1 adult to 3 children
      "0, 6, 2, false", "1, 6, 2, false", "1, 7, 2, true", "1, 9, 3, false",
      // 2-3: 1 to 4
      "2, 8, 2, false", "2, 9, 2, true", "3, 8, 2, false", "3, 9, 2, true",
      // 4-8: 1 to 6
      "4, 12, 2, false", "4, 13, 2, true", "8, 12, 2, false", "8, 13, 2, true",
      // 9-12: 1 to 8
      "9, 16, 2, false", "9, 17, 2, true", "12, 16, 2, false", "12, 17, 2, true",
      // 13-17: 1 to 10
      "13, 20, 2, false", "13, 21, 2, true", "17, 20, 2, false", "17, 21, 2, true", "17, 30, 3, false",
  })
  void appliesTheNspccRatioAtEveryBandEdge(int age, int count, int adults, boolean blocked) {
    SessionCheck c = check(workshop(children("c", count, age), staff("a", adults)).build());

    assertThat(c.byRule(SessionChecker.RATIO_RULE)).hasSize(blocked ? 1 : 0);
    if (blocked) {
      Finding f = c.byRule(SessionChecker.RATIO_RULE).get(0);
      assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
      assertThat(f.reason().source()).isEqualTo(SafeguardingPolicy.NSPCC_RATIOS);
      assertThat(f.reason().source().citation()).contains("NSPCC", "ratios");
    }
  }

  @Test
  void theYoungestChildGovernsAMixedGroup() {
    List<Person> group = new ArrayList<>(children("teen", 12, 14));
    group.add(child("little", 5));
    SessionCheck c = check(workshop(group, staff("a", 2)).build());

    Finding f = c.byRule(SessionChecker.RATIO_RULE).get(0);
    assertThat(f.about()).containsExactly(PersonId.parse("little"));
    assertThat(f.reason().explanation()).contains("youngest child present (little, ratio band 4-8)", "1 adult to 6");
  }

  @Test
  void anAgeRangeIsReadAtItsYoungest() {
    List<Person> group = new ArrayList<>(children("c", 8, 12));
    group.add(childAged("ranged", 3, 10));

    SessionCheck c = check(workshop(group, staff("a", 2)).build());

    assertThat(c.byRule(SessionChecker.RATIO_RULE)).singleElement().satisfies(f ->
        assertThat(f.reason().explanation()).contains("ratio band 2-3", "youngest age their recorded age range allows"));
  }

  @Test
  void atLeastTwoAdultsHoweverSmallTheGroup() {
    SessionCheck c = check(workshop(List.of(child("c", 15)), staff("a", 1)).build());

    assertThat(c.byRule(SessionChecker.RATIO_RULE)).isEmpty();
    assertThat(c.byRule(SessionChecker.TWO_ADULTS_RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
      assertThat(f.reason().source()).isEqualTo(SafeguardingPolicy.NSPCC_RATIOS);
    });
    assertThat(check(workshop(List.of(child("c", 15)), staff("a", 2)).build())
        .byRule(SessionChecker.TWO_ADULTS_RULE)).isEmpty();
  }

  @Test
  void youngAdultParticipantsNeverCountAsSupervisingAdults() {
    List<Person> group = List.of(child("c-1", 10), child("c-2", 10), child("ya-1", 19), child("ya-2", 22));
    SessionCheck c = check(workshop(group, staff("a", 1)).build());

    assertThat(c.byRule(SessionChecker.TWO_ADULTS_RULE)).singleElement().satisfies(f ->
        assertThat(f.reason().explanation()).contains("the 2 participant(s) aged 18-25 do not count"));
  }

  @Test
  void parentsCarersAndGuestsDoNotCountTowardsTheRatio() {
    List<AdultAttendee> adults = List.of(staff("a-1"), adult("mum", AdultRole.PARENT_OR_CARER, VettingLevel.NONE),
        adult("guest", AdultRole.GUEST, VettingLevel.ENHANCED));
    SessionCheck c = check(workshop(children("c", 4, 10), adults).build());

    assertThat(c.byRule(SessionChecker.TWO_ADULTS_RULE)).hasSize(1);
  }

  @Test
  void aVolunteerWhoMayBeUnder18DoesNotCountAndIsNamed() {
    AdultAttendee seventeen = AdultAttendee.of(SessionWorld.adultPerson("vol-17", 17), AdultRole.VOLUNTEER,
        VettingCheck.none());
    SessionCheck c = check(workshop(children("c", 4, 10), List.of(staff("a-1"), seventeen)).build());

    assertThat(c.byRule(SessionChecker.TWO_ADULTS_RULE)).hasSize(1);
    assertThat(c.hasFinding(SessionChecker.ADULT_AGE_RULE, PersonId.parse("vol-17"))).isTrue();
    assertThat(c.byRule(SessionChecker.ADULT_AGE_RULE).get(0).reason().source().citation())
        .contains("only people aged 18 or over count as adults");
    assertThat(c.byRule(SessionChecker.ADULT_AGE_RULE).get(0).reason().explanation()).startsWith("vol-17 is under 18");
  }

  @Test
  void aVolunteerKnownOnlyByAnAgeRangeAcross18DoesNotCount() {
    AdultAttendee ranged = AdultAttendee.of(io.coproduce.core.person.Person.of(PersonId.parse("vol-r"),
        io.coproduce.core.age.BirthInformation.ofAgeRange(17, 19, DAY), io.coproduce.core.jurisdiction.Jurisdiction.ENGLAND,
        io.coproduce.core.person.Role.FACILITATOR), AdultRole.VOLUNTEER, VettingCheck.none());
    SessionCheck c = check(workshop(children("c", 4, 10), List.of(staff("a-1"), staff("a-2"), ranged)).build());

    assertThat(c.byRule(SessionChecker.ADULT_AGE_RULE)).singleElement()
        .satisfies(f -> assertThat(f.reason().explanation()).startsWith("vol-r may be under 18"));
    assertThat(c.byRule(SessionChecker.TWO_ADULTS_RULE)).isEmpty();
  }

  @Test
  void aRiskAssessmentCanAskForMoreAdults() {
    SessionPlan plan = workshop(children("c", 4, 15), staff("a", 2)).riskAssessedMinimumAdults(3).build();

    assertThat(check(plan).byRule(SessionChecker.RISK_ASSESSMENT_RULE)).singleElement()
        .satisfies(f -> assertThat(f.blocks()).isTrue());
    assertThat(check(plan.toBuilder().adults(staff("a", 3)).build())
        .byRule(SessionChecker.RISK_ASSESSMENT_RULE)).isEmpty();
  }

  @Test
  void additionalNeedsAskForAnExtraAdult() {
    Person send = child("send", 10).withMonitoring(EqualityMonitoring.none()
        .withSpecialEducationalNeeds(Response.answered(SpecialEducationalNeeds.EHC_PLAN)));
    Person access = child("access", 10).withAccessNeeds(Set.of(AccessNeed.of(AccessNeed.Kind.QUIET_SPACE)));
    Person noSen = child("no-sen", 10).withMonitoring(EqualityMonitoring.none()
        .withSpecialEducationalNeeds(Response.answered(SpecialEducationalNeeds.NONE)));

    SessionCheck c = check(workshop(List.of(send, access, noSen), staff("a", 2)).build());

    assertThat(c.byRule(SessionChecker.ADDITIONAL_NEEDS_RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.about()).containsExactly(PersonId.parse("send"), PersonId.parse("access"));
      assertThat(f.reason().explanation()).contains("plan 3 adults");
    });
    assertThat(check(workshop(List.of(send, access, noSen), staff("a", 3)).build())
        .byRule(SessionChecker.ADDITIONAL_NEEDS_RULE)).isEmpty();
    assertThat(check(workshop(List.of(noSen), staff("a", 2)).build())
        .byRule(SessionChecker.ADDITIONAL_NEEDS_RULE)).isEmpty();
  }

  @Test
  void supervisionRulesDoNotApplyWhenEveryoneIsAnAdult() {
    // Deliberately accepted: a session of young adults aged 18-25 alone is not supervised children.
    SessionCheck c = check(workshop(children("ya", 12, 20), List.of()).build());

    assertThat(c.findings()).noneMatch(f -> f.rule().startsWith("supervision.") || f.rule().startsWith("vetting."));
  }

  // ---- mixed ages -------------------------------------------------------------------------

  @Test
  void mixedAgesNeedARecordedSafeguardingDecision() {
    List<Person> group = List.of(child("c-1", 16), child("ya-1", 19));
    SessionPlan plan = workshop(group, staff("a", 2)).build();

    assertThat(check(plan).byRule(SessionChecker.MIXED_AGES_RULE)).singleElement().satisfies(f -> {
      assertThat(f.blocks()).isTrue();
      assertThat(f.about()).containsExactly(PersonId.parse("c-1"), PersonId.parse("ya-1"));
      assertThat(f.reason().source().citation()).contains("Working Together to Safeguard Children");
    });
    SafeguardingArrangement before = SafeguardingArrangement.of("sg-1", PersonId.parse("lead"), DAY.minusDays(3));
    SafeguardingArrangement onTheDay = SafeguardingArrangement.of("sg-1", PersonId.parse("lead"), DAY);
    SafeguardingArrangement after = SafeguardingArrangement.of("sg-1", PersonId.parse("lead"), DAY.plusDays(1));
    assertThat(check(plan.toBuilder().mixedAgeArrangement(before).build()).byRule(SessionChecker.MIXED_AGES_RULE))
        .isEmpty();
    assertThat(check(plan.toBuilder().mixedAgeArrangement(onTheDay).build()).byRule(SessionChecker.MIXED_AGES_RULE))
        .isEmpty();
    assertThat(check(plan.toBuilder().mixedAgeArrangement(after).build()).byRule(SessionChecker.MIXED_AGES_RULE))
        .hasSize(1);
  }

  // ---- vetting ----------------------------------------------------------------------------

  @ParameterizedTest(name = "alone with children holding {0}: blocked {1}")
  @CsvSource({"NONE, true", "BASIC, true", "STANDARD, true", "ENHANCED, false",
      "ENHANCED_WITH_CHILDRENS_BARRED_LIST, false"})
  void nobodyUncheckedIsLeftAloneWithChildren(VettingLevel level, boolean blocked) {
    AdultAttendee alone = adult("alone", AdultRole.VOLUNTEER, level).leftAloneWithChildren();
    SessionCheck c = check(workshop(children("c", 4, 10), List.of(staff("a-1"), alone)).build());

    assertThat(c.hasFinding(SessionChecker.ALONE_RULE, PersonId.parse("alone"))).isEqualTo(blocked);
    if (blocked) {
      assertThat(c.byRule(SessionChecker.ALONE_RULE).get(0).reason().source()).isEqualTo(SafeguardingPolicy.DBS);
    }
  }

  @Test
  void aCheckIssuedAfterTheSessionDoesNotCountYet() {
    AdultAttendee alone = AdultAttendee.of(SessionWorld.adultPerson("alone"), AdultRole.STAFF,
        VettingCheck.of(VettingLevel.ENHANCED, DAY.plusDays(2))).leftAloneWithChildren();
    SessionCheck c = check(workshop(children("c", 4, 10), List.of(staff("a-1"), alone)).build());

    assertThat(c.byRule(SessionChecker.ALONE_RULE)).singleElement()
        .satisfies(f -> assertThat(f.reason().explanation()).contains("not yet issued"));
  }

  private static List<WorkWithChildren> daysBefore(int... days) {
    List<WorkWithChildren> out = new ArrayList<>();
    for (int d : days) {
      Instant s = START.minus(Duration.ofDays(d));
      out.add(WorkWithChildren.of(s, s.plus(Duration.ofHours(2))));
    }
    return out;
  }

  @Test
  void aVolunteerWhosePatternCrossesTheFrequencyTestNowNeedsTheBarredListCheck() {
    AdultAttendee volunteer = adult("vol", AdultRole.VOLUNTEER, VettingLevel.ENHANCED).withHistory(daysBefore(3, 10, 20));
    SessionCheck c = check(workshop(children("c", 4, 10), List.of(staff("a-1"), volunteer)).build());

    assertThat(c.byRule(SessionChecker.REGULATED_ACTIVITY_RULE)).singleElement().satisfies(f -> {
      assertThat(f.blocks()).isTrue();
      assertThat(f.about()).containsExactly(PersonId.parse("vol"));
      assertThat(f.reason().explanation()).contains("4 or more days in a 30-day period", "Children's Barred List");
      assertThat(f.reason().source()).isEqualTo(FrequencyTest.SOURCE);
    });
  }

  @Test
  void thePatternBeforeThisSessionAloneDoesNotCrossTheTest() {
    AdultAttendee volunteer = adult("vol", AdultRole.VOLUNTEER, VettingLevel.ENHANCED).withHistory(daysBefore(3, 40, 80));
    SessionCheck c = check(workshop(children("c", 4, 10), List.of(staff("a-1"), volunteer)).build());

    assertThat(c.byRule(SessionChecker.REGULATED_ACTIVITY_RULE)).isEmpty();
  }

  @Test
  void aWeeklySeriesIsRegulatedActivityFromItsFirstSession() {
    AdultAttendee volunteer = adult("vol", AdultRole.VOLUNTEER, VettingLevel.ENHANCED);
    SessionPlan weekly = workshop(children("c", 4, 10), List.of(staff("a-1"), volunteer))
        .recurrence(Recurrence.WEEKLY).build();

    assertThat(check(weekly).hasFinding(SessionChecker.REGULATED_ACTIVITY_RULE, PersonId.parse("vol"))).isTrue();
    assertThat(check(weekly.toBuilder().recurrence(Recurrence.FORTNIGHTLY).build())
        .byRule(SessionChecker.REGULATED_ACTIVITY_RULE)).isEmpty();
  }

  @Test
  void anOvernightResidentialIsRegulatedActivity() {
    SessionPlan residential = SessionWorld.plan(SessionFormat.IN_PERSON, SessionMethod.RESIDENTIAL, Duration.ofHours(26))
        .youngPeople(children("c", 4, 14))
        .adults(List.of(staff("a-1"), adult("vol", AdultRole.VOLUNTEER, VettingLevel.ENHANCED))).build();

    assertThat(check(residential).byRule(SessionChecker.REGULATED_ACTIVITY_RULE)).singleElement()
        .satisfies(f -> assertThat(f.reason().explanation()).contains("overnight between 2am and 6am"));
  }

  @Test
  void workSupervisedByACheckedPersonIsNotRegulatedActivity() {
    AdultAttendee volunteer = adult("vol", AdultRole.VOLUNTEER, VettingLevel.ENHANCED)
        .withHistory(daysBefore(3, 10, 20).stream().map(WorkWithChildren::supervisedByCheckedPerson).toList())
        .withSupervisor(PersonId.parse("a-1"));
    SessionCheck c = check(workshop(children("c", 4, 10), List.of(staff("a-1"), volunteer)).build());

    assertThat(c.byRule(SessionChecker.REGULATED_ACTIVITY_RULE)).isEmpty();
    assertThat(c.byRule(SessionChecker.SUPERVISED_RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ADVICE);
      assertThat(f.about()).containsExactly(PersonId.parse("vol"), PersonId.parse("a-1"));
    });
  }

  @Test
  void aSupervisorWithoutTheBarredListCheckDoesNotTakeWorkOutOfRegulatedActivity() {
    AdultAttendee supervisor = adult("sup", AdultRole.STAFF, VettingLevel.ENHANCED);
    AdultAttendee volunteer = adult("vol", AdultRole.VOLUNTEER, VettingLevel.ENHANCED)
        .withHistory(daysBefore(3, 10, 20)).withSupervisor(PersonId.parse("sup"));
    SessionCheck c = check(workshop(children("c", 4, 10), List.of(supervisor, volunteer)).build());

    assertThat(c.hasFinding(SessionChecker.REGULATED_ACTIVITY_RULE, PersonId.parse("vol"))).isTrue();
    assertThat(c.byRule(SessionChecker.SUPERVISED_RULE)).isEmpty();
  }

  @Test
  void aGuestSupervisesNoOne() {
    AdultAttendee guest = AdultAttendee.of(SessionWorld.adultPerson("guest"), AdultRole.GUEST,
        VettingCheck.of(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST, DAY.minusYears(1)));
    AdultAttendee volunteer = adult("vol", AdultRole.VOLUNTEER, VettingLevel.ENHANCED)
        .withHistory(daysBefore(3, 10, 20)).withSupervisor(PersonId.parse("guest"));
    SessionCheck c = check(workshop(children("c", 4, 10), List.of(staff("a-1"), guest, volunteer)).build());

    assertThat(c.hasFinding(SessionChecker.REGULATED_ACTIVITY_RULE, PersonId.parse("vol"))).isTrue();
  }

  @Test
  void anAdultWithTheBarredListCheckMayWorkAsOftenAsNeeded() {
    AdultAttendee checked = staff("a-2").withHistory(daysBefore(1, 2, 3, 4, 5));
    SessionCheck c = check(workshop(children("c", 4, 10), List.of(staff("a-1"), checked)).build());

    assertThat(c.byRule(SessionChecker.REGULATED_ACTIVITY_RULE)).isEmpty();
    assertThat(c.byRule(SessionChecker.SUPERVISED_RULE)).isEmpty();
  }

  @ParameterizedTest(name = "check issued {0} months before: renewal due {1}")
  @CsvSource({"12, false", "35, false", "36, false", "37, true", "60, true"})
  void checksOlderThanTheRenewalPeriodAreDue(int monthsOld, boolean due) {
    AdultAttendee old = AdultAttendee.of(SessionWorld.adultPerson("old"), AdultRole.STAFF,
        VettingCheck.of(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST, DAY.minusMonths(monthsOld)));
    SessionCheck c = check(workshop(children("c", 4, 10), List.of(staff("a-1"), old)).build());

    assertThat(c.hasFinding(SessionChecker.RENEWAL_RULE, PersonId.parse("old"))).isEqualTo(due);
    if (due) {
      assertThat(c.byRule(SessionChecker.RENEWAL_RULE).get(0).reason().source()).isEqualTo(SafeguardingPolicy.LIBRARY);
    }
  }

  // ---- online -----------------------------------------------------------------------------

  private static SessionPlan.Builder online(List<Person> people, List<AdultAttendee> adults, OnlinePlatform platform) {
    return SessionWorld.plan(SessionFormat.ONLINE, SessionMethod.FOCUS_GROUP, Duration.ofMinutes(45))
        .youngPeople(people).adults(adults).platform(platform);
  }

  @Test
  void aLiveOnlineSessionNeedsTwoStaff() {
    OnlinePlatform p = OnlinePlatform.of("Meet", 13);
    SessionCheck one = check(online(children("c", 3, 15), staff("a", 1), p).build());

    assertThat(one.byRule(SessionChecker.ONLINE_STAFF_RULE)).singleElement().satisfies(f -> {
      assertThat(f.blocks()).isTrue();
      assertThat(f.reason().source()).isEqualTo(SafeguardingPolicy.NSPCC_ONLINE);
    });
    assertThat(check(online(children("c", 3, 15), staff("a", 2), p).build())
        .byRule(SessionChecker.ONLINE_STAFF_RULE)).isEmpty();
    SessionPlan hybrid = online(children("c", 3, 15), staff("a", 1), p).build().toBuilder().build();
    assertThat(check(SessionPlan.builder(hybrid.id(), hybrid.organiser(), hybrid.start(), hybrid.duration(),
        SessionFormat.HYBRID, SessionMethod.FOCUS_GROUP).youngPeople(hybrid.youngPeople())
        .adults(hybrid.adults()).platform(p).build()).byRule(SessionChecker.ONLINE_STAFF_RULE)).hasSize(1);
  }

  @Test
  void anOnlineSessionOfYoungAdultsWithOneStaffIsOnlyAWarning() {
    SessionCheck c = check(online(children("ya", 3, 20), staff("a", 1), OnlinePlatform.of("Meet", 16)).build());

    assertThat(c.byRule(SessionChecker.ONLINE_STAFF_RULE)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void anOnlineSessionMustNameItsPlatform() {
    SessionCheck c = check(online(children("c", 3, 15), staff("a", 2), null).build());

    assertThat(c.byRule(SessionChecker.PLATFORM_NAMED_RULE)).singleElement()
        .satisfies(f -> assertThat(f.blocks()).isTrue());
    assertThat(c.byRule(SessionChecker.PLATFORM_AGE_RULE)).isEmpty();
  }

  @ParameterizedTest(name = "age {0} on a platform for {1}+: blocked {2}")
  @CsvSource({"12, 13, true", "13, 13, false", "15, 16, true", "16, 16, false", "9, 0, false", "24, 25, true"})
  void thePlatformsOwnMinimumAgeIsCheckedApartFromConsent(int age, int minimum, boolean blocked) {
    SessionCheck c = check(online(List.of(child("yp", age)), staff("a", 2), OnlinePlatform.of("Chat", minimum)).build());

    assertThat(c.hasFinding(SessionChecker.PLATFORM_AGE_RULE, PersonId.parse("yp"))).isEqualTo(blocked);
    if (blocked) {
      assertThat(c.byRule(SessionChecker.PLATFORM_AGE_RULE).get(0).reason().explanation())
          .contains("separate from consent to data processing");
    }
  }

  @Test
  void anInPersonSessionHasNoOnlineFindings() {
    SessionCheck c = check(workshop(children("c", 3, 10), staff("a", 1)).build());

    assertThat(c.findings()).noneMatch(f -> f.rule().startsWith("online."));
  }

  // ---- access -----------------------------------------------------------------------------

  @Test
  void accessNeedsTheVenueDoesNotMeetAreWarnings() {
    Person wheelchair = child("c-1", 12).withAccessNeeds(Set.of(AccessNeed.of(AccessNeed.Kind.STEP_FREE_ACCESS)));
    SessionPlan plan = workshop(List.of(wheelchair), staff("a", 2))
        .venue(Venue.of("Room 2", Set.of(AccessNeed.Kind.HEARING_LOOP))).build();

    assertThat(check(plan).byRule(SessionChecker.ACCESS_RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.reason().source()).isEqualTo(RuleSource.law("Equality Act 2010 s.20 (duty to make reasonable adjustments)"));
      assertThat(f.reason().explanation()).contains("STEP_FREE_ACCESS", "Room 2");
    });
    assertThat(check(plan.toBuilder().venue(Venue.of("Hall", Set.of(AccessNeed.Kind.STEP_FREE_ACCESS))).build())
        .byRule(SessionChecker.ACCESS_RULE)).isEmpty();
    assertThat(check(plan.toBuilder().venue(null).build()).byRule(SessionChecker.ACCESS_RULE)).singleElement()
        .satisfies(f -> assertThat(f.reason().explanation()).contains("no named venue"));
  }

  @Test
  void adultsAccessNeedsCountToo() {
    AdultAttendee deaf = AdultAttendee.of(SessionWorld.adultPerson("a-deaf")
        .withAccessNeeds(Set.of(AccessNeed.of(AccessNeed.Kind.BSL_INTERPRETER))), AdultRole.STAFF,
        VettingCheck.of(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST, DAY.minusYears(1)));
    SessionCheck c = check(workshop(children("c", 3, 10), List.of(staff("a-1"), deaf))
        .venue(Venue.of("Room", Set.of())).build());

    assertThat(c.hasFinding(SessionChecker.ACCESS_RULE, PersonId.parse("a-deaf"))).isTrue();
  }

  // ---- consent ----------------------------------------------------------------------------

  @Test
  void withoutConsentNobodyMayTakePart() {
    SessionCheck c = check(workshop(children("c", 2, 10), staff("a", 2)).build());

    assertThat(c.blocks()).isTrue();
    assertThat(c.findings()).filteredOn(f -> f.rule().startsWith("consent.")).filteredOn(Finding::blocks)
        .extracting(f -> f.about().get(0)).contains(PersonId.parse("c-1"), PersonId.parse("c-2"));
  }

  @Test
  void withConsentAndAssentForEveryPurposeTheSessionIsClear() {
    List<Person> group = List.of(child("c-1", 6), child("c-2", 10), child("c-3", 17));
    SessionPlan plan = workshop(group, staff("a", 2)).purposes(List.of(Purpose.photography())).build();
    group.forEach(p -> world.consentAll(p, plan.purposes()));

    SessionCheck c = check(plan);

    assertThat(c.findings()).filteredOn(f -> f.rule().startsWith("consent.")).isEmpty();
    assertThat(c.blocks()).as(c.findings().toString()).isFalse();
  }

  @Test
  void theOtherWaysAPurposeCouldBeAllowedAreAdvice() {
    SessionCheck c = check(workshop(List.of(child("c-1", 14)), staff("a", 2)).build());

    assertThat(c.findings(Severity.ADVICE)).filteredOn(f -> f.rule().equals("consent.gate.needs-capacity-assessment"))
        .isNotEmpty().allSatisfy(f -> assertThat(f.about()).containsExactly(PersonId.parse("c-1")));
  }

  @Test
  void aMissingPurposeBlocksOnlyThatPurposeForThatPerson() {
    List<Person> group = List.of(child("c-1", 17), child("c-2", 17));
    SessionPlan plan = workshop(group, staff("a", 2)).purposes(List.of(Purpose.photography())).build();
    world.consentAll(group.get(0), plan.purposes());
    world.consentAll(group.get(1), List.of(Purpose.takingPart()));

    SessionCheck c = check(plan);

    assertThat(c.findings(Severity.BLOCKER)).isNotEmpty().allSatisfy(f -> {
      assertThat(f.about()).containsExactly(PersonId.parse("c-2"));
      assertThat(f.reason().explanation()).contains("photographed");
    });
  }

  @Test
  void aWithdrawalBeforeTheSessionBlocksWithTheWithdrawalRule() {
    Person c1 = child("c-1", 17);
    SessionPlan plan = workshop(List.of(c1), staff("a", 2)).purposes(List.of(Purpose.photography())).build();
    world.consentAll(c1, plan.purposes());
    world.withdraw(c1, START.minus(Duration.ofDays(1)), Purpose.photography());

    List<Finding> blockers = check(plan).findings(Severity.BLOCKER);
    assertThat(blockers).extracting(Finding::rule).contains("consent.gate.withdrawn");
    assertThat(blockers).allSatisfy(f -> assertThat(f.about()).containsExactly(PersonId.parse("c-1")));
  }

  @Test
  void anOnlineSessionAlsoNeedsConsentToTheOnlinePlatform() {
    Person c1 = child("c-1", 17);
    SessionPlan plan = online(List.of(c1), staff("a", 2), OnlinePlatform.of("Meet", 13)).build();
    world.consentAll(c1, List.of(Purpose.takingPart()));

    assertThat(check(plan).findings(Severity.BLOCKER)).isNotEmpty()
        .allSatisfy(f -> assertThat(f.reason().explanation()).contains("online platform"));
  }

  // ---- the whole answer -------------------------------------------------------------------

  @Test
  void findingsNamePeopleByIdOnlyAndComeMostSeriousFirst() {
    SessionCheck c = check(workshop(children("c", 9, 3), staff("a", 1)).build());

    assertThat(c.findings()).isSortedAccordingTo((a, b) -> a.severity().compareTo(b.severity()));
    assertThat(c.session()).hasToString("s-1");
    assertThat(c.at()).isEqualTo(START);
    for (Finding f : c.findings()) {
      assertThat(f.reason().explanation()).doesNotContain("2023-").doesNotContain("birth");
    }
  }

  @Test
  void aStricterPolicyIsApplied() {
    SafeguardingPolicy strict = SafeguardingPolicy.defaults().withChildrenPerAdult(13, 6, "Org safeguarding policy 4.2");
    SessionChecker checker = SessionChecker.of(strict, io.coproduce.participation.engagement.EngagementGuidance.defaults(),
        world.gate());

    SessionCheck c = checker.check(workshop(children("c", 13, 14), staff("a", 2)).build());

    assertThat(c.byRule(SessionChecker.RATIO_RULE)).singleElement().satisfies(f ->
        assertThat(f.reason().source()).isEqualTo(RuleSource.organisationPolicy("Org safeguarding policy 4.2")));
  }
}
