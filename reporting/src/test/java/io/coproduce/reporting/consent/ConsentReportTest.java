package io.coproduce.reporting.consent;

import static io.coproduce.consent.event.DecisionAuthority.PARENTAL_RESPONSIBILITY;
import static io.coproduce.consent.event.DecisionAuthority.SELF_AGED_16_OR_OVER;
import static io.coproduce.reporting.Rejections.rejectionOf;
import static io.coproduce.reporting.TableRows.rows;
import static io.coproduce.reporting.TableRows.section;
import static io.coproduce.reporting.consent.ConsentWorld.NOW;
import static io.coproduce.reporting.consent.ConsentWorld.PHOTOS;
import static io.coproduce.reporting.consent.ConsentWorld.TAKING_PART;
import static io.coproduce.reporting.consent.ConsentWorld.TODAY;
import static io.coproduce.reporting.consent.ConsentWorld.daysAgo;
import static io.coproduce.reporting.consent.ConsentWorld.daysAhead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.consent.gate.FindingKind;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.policy.ConsentSources;
import io.coproduce.core.person.Person;
import io.coproduce.reporting.Examples;
import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.report.Publication;
import io.coproduce.reporting.report.Report;
import io.coproduce.reporting.table.TableId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.SourceDSL;

/** Tests of the consent report; its world also feeds the all-reports rendering test. */
public class ConsentReportTest {

  static final TableId COVERAGE = TableId.of(ConsentReport.COVERAGE_ID);
  static final TableId EXPIRING = TableId.of(ConsentReport.EXPIRING_ID);
  static final TableId RECONSENT = TableId.of(ConsentReport.RECONSENT_ID);
  static final List<io.coproduce.consent.purpose.Purpose> PURPOSES = List.of(PHOTOS, TAKING_PART);

  final ConsentWorld w = new ConsentWorld();

  /** Eight young people, one standing each, as the class comments say. */
  public List<Person> world() {
    Person a = w.child("yp-a", 17);
    w.given(a, a.id(), SELF_AGED_16_OR_OVER, daysAgo(20), PHOTOS, TAKING_PART);

    Person b = w.child("yp-b", 17);
    w.givenUntil(b, b.id(), SELF_AGED_16_OR_OVER, daysAgo(10), daysAhead(30), PHOTOS);
    w.refused(b, b.id(), SELF_AGED_16_OR_OVER, daysAgo(9), TAKING_PART);

    Person c = w.child("yp-c", 17);
    w.given(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(20), PHOTOS);
    w.withdrawn(c, SELF_AGED_16_OR_OVER, daysAgo(2), PHOTOS);
    w.givenUntil(c, c.id(), SELF_AGED_16_OR_OVER, daysAgo(1), daysAhead(30).plusSeconds(1), TAKING_PART);

    Person d = w.child("yp-d", 17);
    w.givenUntil(d, d.id(), SELF_AGED_16_OR_OVER, daysAgo(100), daysAgo(1), PHOTOS);

    Person e = w.child("yp-e", 16);
    w.given(e, w.mother(e), PARENTAL_RESPONSIBILITY, daysAgo(100), PHOTOS);
    w.givenOn(e, e.id(), SELF_AGED_16_OR_OVER, daysAgo(20), ConsentWorld.OTHER_1_0, TAKING_PART);
    w.publish(ConsentWorld.OTHER_SHEET, MaterialVersion.of(2, 0), daysAgo(5));

    Person f = w.born("yp-f", TODAY.minusYears(16));
    w.given(f, w.mother(f), PARENTAL_RESPONSIBILITY, daysAgo(100), PHOTOS);

    Person g = w.born("yp-g", TODAY.plusDays(30).minusYears(16));
    w.given(g, w.mother(g), PARENTAL_RESPONSIBILITY, daysAgo(100), PHOTOS);
    w.assented(g, daysAgo(100), PHOTOS);

    Person h = w.born("yp-h", TODAY.plusDays(31).minusYears(16));
    w.given(h, w.mother(h), PARENTAL_RESPONSIBILITY, daysAgo(100), PHOTOS);
    w.assented(h, daysAgo(100), PHOTOS);
    return List.of(a, b, c, d, e, f, g, h);
  }

  /** The consent report over {@code people} with an expiry window of {@code window} days. */
  public Report report(List<Person> people, int window) {
    return ConsentReport.of(w.gate(), w.ledger, people, PURPOSES, NOW, window);
  }

  @Test
  void sortsEveryoneInScopeIntoOneStandingPerPurpose() {
    Report r = report(world(), 30);
    assertThat(rows(r, COVERAGE)).containsExactly(
        List.of(PHOTOS.describe(), "4", "1", "0", "1", "2", "0", "8", "50"),
        List.of(TAKING_PART.describe(), "2", "0", "1", "0", "1", "4", "8", "25"));
    assertThat(section(r, COVERAGE).rules()).containsExactly(ConsentReport.COVERAGE_RULE);
    assertThat(ConsentReport.COVERAGE_RULE.source()).isEqualTo(ConsentSources.DPV_STATUS);
  }

  @Test
  void countsConsentsEndingWithinTheWindowIncludingOneEndingExactlyAtItsEnd() {
    Report r = report(world(), 30);
    assertThat(rows(r, EXPIRING)).containsExactly(
        List.of(PHOTOS.describe(), "1"),
        List.of(TAKING_PART.describe(), "0"));
    assertThat(section(r, EXPIRING).rules()).containsExactly(ConsentReport.EXPIRING_RULE);
    assertThat(ConsentReport.EXPIRING_RULE.source()).isEqualTo(FindingKind.EXPIRED.source());
  }

  @Test
  void countsReconsentDueFromBirthdaysAheadAndPassedAndFromANewSheet() {
    Report r = report(world(), 30);
    assertThat(rows(r, RECONSENT)).containsExactly(
        List.of(PHOTOS.describe(), "1", "2", "0"),
        List.of(TAKING_PART.describe(), "0", "0", "1"));
    assertThat(section(r, RECONSENT).rules())
        .containsExactly(ConsentReport.AGE_TRANSITION_RULE, ConsentReport.MATERIAL_CHANGE_RULE);
    assertThat(ConsentReport.AGE_TRANSITION_RULE.source())
        .isEqualTo(FindingKind.RECONSENT_AFTER_AGE_TRANSITION.source());
    assertThat(ConsentReport.MATERIAL_CHANGE_RULE.source()).isEqualTo(ConsentSources.MATERIAL_CHANGE);
  }

  static Stream<Arguments> expiryBoundaries() {
    return Stream.of(
        Arguments.of(Duration.ofDays(30).minusSeconds(1), "1"),
        Arguments.of(Duration.ofDays(30), "1"),
        Arguments.of(Duration.ofDays(30).plusSeconds(1), "0"),
        Arguments.of(Duration.ofDays(400), "0"));
  }

  @ParameterizedTest
  @MethodSource("expiryBoundaries")
  void aConsentEndingAtMostNDaysAheadIsExpiring(Duration untilFromNow, String expiring) {
    Person a = w.child("yp-a", 17);
    w.givenUntil(a, a.id(), SELF_AGED_16_OR_OVER, daysAgo(1), NOW.plus(untilFromNow), PHOTOS);
    assertThat(rows(report(List.of(a), 30), EXPIRING).get(0)).containsExactly(PHOTOS.describe(), expiring);
  }

  @Test
  void aParentsConsentEndingWithinTheWindowIsExpiring() {
    Person c = w.child("yp-c", 10);
    w.givenUntil(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), daysAhead(10), PHOTOS);
    w.assented(c, daysAgo(10), PHOTOS);
    Report r = report(List.of(c), 30);
    assertThat(rows(r, COVERAGE).get(0).get(1)).isEqualTo("1");
    assertThat(rows(r, EXPIRING).get(0)).containsExactly(PHOTOS.describe(), "1");
  }

  @Test
  void whereOneParentSufficesTheGrantTheGateRestsOnCounts() {
    // the gate rests on the latest consenting grant: the father's for photographs, the mother's for taking part
    Person c = w.child("yp-c", 10);
    w.givenUntil(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), daysAhead(40), PHOTOS);
    w.givenUntil(c, w.father(c), PARENTAL_RESPONSIBILITY, daysAgo(9), daysAhead(20), PHOTOS);
    w.givenUntil(c, w.father(c), PARENTAL_RESPONSIBILITY, daysAgo(8), daysAhead(50), TAKING_PART);
    w.givenUntil(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(7), daysAhead(45), TAKING_PART);
    w.assented(c, daysAgo(6), PHOTOS, TAKING_PART);
    Report r = report(List.of(c), 30);
    assertThat(rows(r, COVERAGE).get(0).get(1)).isEqualTo("1");
    assertThat(rows(r, EXPIRING)).containsExactly(List.of(PHOTOS.describe(), "1"), List.of(TAKING_PART.describe(), "0"));
  }

  @Test
  void whereEveryParentMustConsentTheEarliestEndCounts() {
    w.policy = io.coproduce.consent.policy.ConsentPolicy.builder().requireEveryParentalResponsibilityHolder(true).build();
    Person c = w.child("yp-c", 10);
    w.givenUntil(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(10), daysAhead(20), PHOTOS);
    w.givenUntil(c, w.father(c), PARENTAL_RESPONSIBILITY, daysAgo(9), daysAhead(40), PHOTOS);
    w.givenUntil(c, w.father(c), PARENTAL_RESPONSIBILITY, daysAgo(8), daysAhead(50), TAKING_PART);
    w.givenUntil(c, w.mother(c), PARENTAL_RESPONSIBILITY, daysAgo(7), daysAhead(20), TAKING_PART);
    w.assented(c, daysAgo(6), PHOTOS, TAKING_PART);
    Report r = report(List.of(c), 30);
    assertThat(rows(r, COVERAGE).get(0).get(1)).isEqualTo("1");
    assertThat(rows(r, EXPIRING)).containsExactly(List.of(PHOTOS.describe(), "1"), List.of(TAKING_PART.describe(), "1"));
  }

  @Test
  void aConsentEndingAtTheInstantOfTheReportHasExpiredAndIsNotExpiring() {
    Person a = w.child("yp-a", 17);
    w.givenUntil(a, a.id(), SELF_AGED_16_OR_OVER, daysAgo(1), NOW, PHOTOS);
    Report r = report(List.of(a), 30);
    assertThat(rows(r, EXPIRING).get(0)).containsExactly(PHOTOS.describe(), "0");
    assertThat(rows(r, COVERAGE).get(0)).containsExactly(PHOTOS.describe(), "0", "0", "0", "1", "0", "0", "1", "0");
  }

  static Stream<Arguments> birthdays() {
    // window of 10 days: ahead means a birthday from tomorrow to ten days ahead; on the birthday it is due now
    return Stream.of(
        Arguments.of(-1, "0", "1"),
        Arguments.of(0, "0", "1"),
        Arguments.of(1, "1", "0"),
        Arguments.of(10, "1", "0"),
        Arguments.of(11, "0", "0"));
  }

  @ParameterizedTest
  @MethodSource("birthdays")
  void reconsentIsDueAheadOfTheSixteenthBirthdayAndNeededFromIt(int birthdayInDays, String ahead, String passed) {
    Person p = w.born("yp-p", TODAY.plusDays(birthdayInDays).minusYears(16));
    w.given(p, w.mother(p), PARENTAL_RESPONSIBILITY, daysAgo(100), PHOTOS);
    w.assented(p, daysAgo(100), PHOTOS);
    assertThat(rows(report(List.of(p), 10), RECONSENT).get(0))
        .containsExactly(PHOTOS.describe(), ahead, passed, "0");
  }

  @Test
  void aZeroWindowLooksNoDaysAhead() {
    Report r = report(world(), 0);
    assertThat(rows(r, RECONSENT).get(0)).containsExactly(PHOTOS.describe(), "0", "2", "0");
    assertThat(rows(r, EXPIRING).get(0)).containsExactly(PHOTOS.describe(), "0");
  }

  @Test
  void aMinorCorrectionOfTheSheetNeedsNoReconsent() {
    Person e = w.child("yp-e", 17);
    w.givenOn(e, e.id(), SELF_AGED_16_OR_OVER, daysAgo(20), ConsentWorld.OTHER_1_0, TAKING_PART);
    w.publish(ConsentWorld.OTHER_SHEET, MaterialVersion.of(1, 1), daysAgo(5));
    assertThat(rows(report(List.of(e), 30), RECONSENT).get(1)).containsExactly(TAKING_PART.describe(), "0", "0", "0");
  }

  @Test
  void anEmptyScopeLeavesCoverageEmptyRatherThanDividingByZero() {
    Report r = report(List.of(), 30);
    assertThat(rows(r, COVERAGE).get(0)).containsExactly(PHOTOS.describe(), "0", "0", "0", "0", "0", "0", "0", "");
    assertThat(r.asOf()).isEqualTo(NOW);
    assertThat(r.id()).isEqualTo(ConsentReport.ID);
  }

  @Test
  void refusesBadInputNamingTheField() {
    Person a = w.child("yp-a", 17);
    assertThat(rejectionOf(() -> report(List.of(a, a), 30)).field()).isEqualTo("inScope");
    assertThat(rejectionOf(() -> report(List.of(a), -1)).field()).isEqualTo("windowDays");
    assertThat(rejectionOf(() -> report(List.of(a), ConsentReport.MAX_WINDOW_DAYS + 1)).field()).isEqualTo("windowDays");
    assertThat(rejectionOf(() -> ConsentReport.of(w.gate(), w.ledger, List.of(a), List.of(), NOW, 1)).field())
        .isEqualTo("purposes");
    assertThat(rejectionOf(() -> ConsentReport.of(w.gate(), w.ledger, List.of(a), List.of(PHOTOS, PHOTOS), NOW, 1))
        .field()).isEqualTo("purposes");
    assertThat(report(List.of(a), ConsentReport.MAX_WINDOW_DAYS).sections()).hasSize(3);
  }

  @Test
  void publishesUnderTheNhsRuleWithSmallCountsAndTheirPercentagesSuppressed() {
    Publication p = Publication.publish(List.of(report(world(), 30)), DisclosurePolicy.nhsDefault());
    assertThat(p.forPublication()).isTrue();
    assertThat(rows(p.tables().get(0)).get(0))
        .containsExactly(PHOTOS.describe(), "*", "*", "0", "*", "*", "0", "10", "*");
  }

  @Test
  void addingPeopleWithNothingRecordedOnlyAddsToOtherAndScope() {
    qt().withFixedSeed(20261202L).withExamples(Examples.atMost(20)).forAll(SourceDSL.integers().between(0, 12))
        .checkAssert(extra -> {
          ConsentWorld fresh = new ConsentWorld();
          Person a = fresh.child("yp-a", 17);
          fresh.given(a, a.id(), SELF_AGED_16_OR_OVER, daysAgo(20), PHOTOS);
          List<Person> people = new ArrayList<>(List.of(a));
          for (int i = 0; i < extra; i++) {
            people.add(fresh.child("yp-x" + i, 12 + i % 8));
          }
          Report r = ConsentReport.of(fresh.gate(), fresh.ledger, people, List.of(PHOTOS), NOW, 30);
          assertThat(rows(r, COVERAGE).get(0)).containsExactly(PHOTOS.describe(), "1", "0", "0", "0", "0",
              Integer.toString(extra), Integer.toString(extra + 1),
              io.coproduce.reporting.TableRows.text(io.coproduce.reporting.table.Cell.number(100.0 / (extra + 1))));
        });
  }

  @Test
  void readsEachPersonsEventsAsTheyStoodAtTheInstant() {
    Person a = w.child("yp-a", 17);
    w.given(a, a.id(), SELF_AGED_16_OR_OVER, daysAgo(20), PHOTOS);
    w.withdrawn(a, SELF_AGED_16_OR_OVER, daysAhead(1), PHOTOS);
    assertThat(rows(report(List.of(a), 30), COVERAGE).get(0).get(1)).isEqualTo("1");
    Instant later = daysAhead(2);
    assertThat(rows(ConsentReport.of(w.gate(), w.ledger, List.of(a), PURPOSES, later, 30), COVERAGE).get(0).get(2))
        .isEqualTo("1");
  }
}
