package io.coproduce.reporting.reach;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.EqualityMonitoring;
import io.coproduce.core.person.Ethnicity;
import io.coproduce.core.person.Response;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.layer.Layer;
import io.coproduce.reporting.Examples;
import io.coproduce.reporting.aggregate.ActivityEvent;
import io.coproduce.reporting.aggregate.ActivityKind;
import io.coproduce.reporting.aggregate.Dimension;
import io.coproduce.reporting.report.Report;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests of the reach report; its small tallies also feed the all-reports rendering test. */
public class ReachReportTest {
  /** The instant the reach report is as of. */
  public static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");
  private static final RuleSource CENSUS = RuleSource.guidance("ONS Census 2021, local authority age shares");

  private static ActivityEvent event(int person, AgeBand band, String org, Layer layer) {
    return new ActivityEvent(PersonId.parse("p" + person), OrganisationId.parse(org), layer, null, null,
        LocalDate.of(2026, 5, 1), ActivityKind.TOOK_PART, band, Jurisdiction.ENGLAND,
        EqualityMonitoring.none().withEthnicity(person % 2 == 0
            ? Response.answered(Ethnicity.values()[0]) : Response.preferNotToSay()));
  }

  /** {@code young} distinct people aged 13-15 and {@code older} aged 16-17, each taking part twice. */
  public static ReachTally tally(int young, int older) {
    ReachTally t = ReachTally.create();
    for (int i = 0; i < young + older; i++) {
      AgeBand band = i < young ? AgeBand.AGE_13_TO_15 : AgeBand.AGE_16_TO_17;
      t.add(event(i, band, "org-a", Layer.SERVICE));
      t.add(event(i, band, "org-a", Layer.SERVICE));
    }
    return t;
  }

  /** A reference population half 13-15 and half 16-17, from the census. */
  public static ReferencePopulation halves() {
    return ReferencePopulation.builder(CENSUS)
        .share(Dimension.AGE_BAND, AgeBand.AGE_13_TO_15, 0.5)
        .share(Dimension.AGE_BAND, AgeBand.AGE_16_TO_17, 0.5)
        .build();
  }

  /** The default threshold is the library's own policy: under-served strictly below 0.8. */
  static Stream<Arguments> thresholdBoundary() {
    return Stream.of(
        Arguments.of(4, 6, 0.8, false),   // exactly at the threshold: not flagged
        Arguments.of(39, 61, 0.78, true), // just below
        Arguments.of(41, 59, 0.82, false),
        Arguments.of(0, 10, 0.0, true),   // nobody from the group: the clearest under-service
        Arguments.of(5, 5, 1.0, false));
  }

  @ParameterizedTest
  @MethodSource("thresholdBoundary")
  void flagsGroupsBelowTheLibraryDefaultThresholdWithItsSource(int young, int older, double ratio, boolean flagged) {
    ReachReport report = ReachReport.of(tally(young, older), halves(), EquityPolicy.defaults(), AS_OF);
    Representation r = report.representation(Dimension.AGE_BAND).stream()
        .filter(x -> x.group() == AgeBand.AGE_13_TO_15).findFirst().orElseThrow();
    assertThat(r.people()).isEqualTo(young);
    assertThat(r.ratio().getAsDouble()).isCloseTo(ratio, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.isUnderServed()).isEqualTo(flagged);
    if (flagged) {
      assertThat(r.underServed().orElseThrow().rule()).isEqualTo(ReachRules.UNDER_SERVED);
      assertThat(r.underServed().orElseThrow().source().kind()).isEqualTo(RuleSource.Kind.LIBRARY_DEFAULT);
      assertThat(report.underServed()).contains(r);
    }
  }

  @Test
  void aHostThresholdCitesTheHostsPolicy() {
    EquityPolicy strict = EquityPolicy.organisation(0.9, "Equity plan 2026");
    ReachReport report = ReachReport.of(tally(43, 57), halves(), strict, AS_OF);
    Representation r = report.representation(Dimension.AGE_BAND).stream()
        .filter(x -> x.group() == AgeBand.AGE_13_TO_15).findFirst().orElseThrow();
    assertThat(r.isUnderServed()).isTrue();
    assertThat(r.underServed().orElseThrow().source()).isEqualTo(RuleSource.organisationPolicy("Equity plan 2026"));
    assertThat(r.underServed().orElseThrow().explanation()).contains("0.90");
    assertThat(ReachReport.of(tally(43, 57), halves(), EquityPolicy.defaults(), AS_OF).underServed()).isEmpty();
    assertThat(report.policy()).isEqualTo(strict);
  }

  @Test
  void groupsWithoutAReferenceShareHaveNoRatioAndAreLeftOutOfTheComparison() {
    ReferencePopulation ethnicity = ReferencePopulation.builder(CENSUS)
        .share(Dimension.ETHNICITY, Response.answered(Ethnicity.values()[0]), 0.25)
        .share(Dimension.ETHNICITY, Response.answered(Ethnicity.values()[1]), 0.75)
        .build();
    ReachReport report = ReachReport.of(tally(5, 5), ethnicity, EquityPolicy.defaults(), AS_OF);
    List<Representation> rows = report.representation(Dimension.ETHNICITY);
    Representation first = rows.stream().filter(r -> r.group().equals(Response.answered(Ethnicity.values()[0])))
        .findFirst().orElseThrow();
    // 5 of 10 people answered the first group (the others preferred not to say): among those
    // comparable, 5 of 5, against a reference share of 0.25.
    assertThat(first.people()).isEqualTo(5);
    assertThat(first.observedShare()).isEqualTo(0.5);
    assertThat(first.ratio().getAsDouble()).isEqualTo(4.0);
    Representation second = rows.stream().filter(r -> r.group().equals(Response.answered(Ethnicity.values()[1])))
        .findFirst().orElseThrow();
    assertThat(second.ratio().getAsDouble()).isZero();
    assertThat(second.isUnderServed()).isTrue();
    Representation preferNot = rows.stream().filter(r -> r.group().equals(Response.preferNotToSay()))
        .findFirst().orElseThrow();
    assertThat(preferNot.people()).isEqualTo(5);
    assertThat(preferNot.ratio()).isEmpty();
    assertThat(preferNot.referenceShare()).isEmpty();
    assertThat(preferNot.isUnderServed()).isFalse();
  }

  @Test
  void aZeroReferenceShareGivesNoRatio() {
    ReferencePopulation none = ReferencePopulation.builder(CENSUS)
        .share(Dimension.AGE_BAND, AgeBand.AGE_13_TO_15, 0.0).build();
    Representation r = ReachReport.of(tally(1, 1), none, EquityPolicy.defaults(), AS_OF)
        .representation(Dimension.AGE_BAND).stream().filter(x -> x.group() == AgeBand.AGE_13_TO_15)
        .findFirst().orElseThrow();
    assertThat(r.referenceShare()).hasValue(0.0);
    assertThat(r.ratio()).isEmpty();
  }

  @Test
  void tablesAreCompleteGridsWithATotalRow() {
    ReachReport report = ReachReport.of(tally(3, 2), halves(), EquityPolicy.defaults(), AS_OF);
    Table bands = report.table(Dimension.AGE_BAND);
    assertThat(bands.rows()).hasSize(AgeBand.values().length + 1);
    assertThat(bands.rows().get(bands.rows().size() - 1).get(0)).isEqualTo(Cell.total());
    assertThat(bands.rows().get(bands.rows().size() - 1).get(1)).isEqualTo(Cell.count(5));
    assertThat(bands.rows().get(0).get(0)).isEqualTo(Cell.key("0-5"));
    assertThat(bands.rows().get(0).get(1)).isEqualTo(Cell.count(0));
    assertThat(bands.sums()).isNotEmpty();
    Table layers = report.table(Dimension.LAYER);
    assertThat(layers.rows()).hasSize(Layer.values().length + 1);
    assertThat(layers.rows().get(1).get(0)).isEqualTo(Cell.key("service or project"));
    Table ethnicity = report.table(Dimension.ETHNICITY);
    assertThat(ethnicity.rows()).hasSize(Ethnicity.values().length + 3);
    Table disability = report.table(Dimension.DISABILITY);
    assertThat(disability.rows()).extracting(row -> row.get(0).toString()).hasSize(5);
    assertThat(report.table(Dimension.DEPRIVATION_DECILE).rows()).hasSize(13);
    assertThat(report.table(Dimension.JURISDICTION).rows().get(0).get(0)).isEqualTo(Cell.key("England"));
    Table orgs = report.table(Dimension.ORGANISATION);
    assertThat(orgs.rows()).hasSize(2);
    assertThat(report.overallTable().rows()).containsExactly(List.of(Cell.count(5)));
    assertThat(report.people()).isEqualTo(5);
    assertThat(report.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void anEmptyTallyStillGivesCompleteTables() {
    ReachReport report = ReachReport.of(ReachTally.create(), halves(), EquityPolicy.defaults(), AS_OF);
    Table bands = report.table(Dimension.AGE_BAND);
    assertThat(bands.rows()).hasSize(AgeBand.values().length + 1);
    assertThat(bands.rows().get(bands.rows().size() - 1).get(2)).isEqualTo(Cell.empty());
    assertThat(report.people()).isZero();
    assertThat(report.representation(Dimension.AGE_BAND).get(3).ratio()).hasValue(0.0);
  }

  @Test
  void organisationsInTheReferenceButNotSeenAreRows() {
    ReferencePopulation orgs = ReferencePopulation.builder(CENSUS)
        .share(Dimension.ORGANISATION, OrganisationId.parse("org-b"), 0.5)
        .share(Dimension.ORGANISATION, OrganisationId.parse("org-a"), 0.5)
        .build();
    ReachReport report = ReachReport.of(tally(2, 2), orgs, EquityPolicy.defaults(), AS_OF);
    assertThat(report.representation(Dimension.ORGANISATION)).extracting(Representation::group)
        .containsExactly(OrganisationId.parse("org-a"), OrganisationId.parse("org-b"));
    assertThat(report.representation(Dimension.ORGANISATION).get(1).isUnderServed()).isTrue();
  }

  @Test
  void theReportHasTheOverallSectionThenOnePerDimension() {
    Report report = ReachReport.of(tally(3, 2), halves(), EquityPolicy.defaults(), AS_OF).report();
    assertThat(report.id()).isEqualTo(ReachReport.ID);
    assertThat(report.sections()).hasSize(1 + ReachTally.DIMENSIONS.size());
    assertThat(report.sections().get(1).rules()).extracting(r -> r.rule()).containsExactly(ReachRules.UNDER_SERVED);
    assertThat(report.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void anyOrderOfMergingTalliesGivesTheSameReport() {
    qt().withFixedSeed(23L).withExamples(Examples.atMost(60))
        .forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 80), integers().between(0, 80))
        .checkAssert((xs, cut) -> {
          List<ActivityEvent> events = new ArrayList<>();
          for (int x : xs) {
            events.add(event(x % 17, AgeBand.values()[x % 7], "org-" + (x % 3), Layer.values()[x % 6]));
          }
          int at = Math.min(cut, events.size());
          ReachTally whole = ReachTally.create();
          whole.addAll(events);
          ReachTally left = ReachTally.create();
          left.addAll(events.subList(0, at));
          ReachTally right = ReachTally.create();
          right.addAll(events.subList(at, events.size()));
          ReachTally merged = right.merge(left);
          for (Dimension d : ReachTally.DIMENSIONS) {
            assertThat(merged.by(d)).isEqualTo(whole.by(d));
          }
          assertThat(merged.people()).isEqualTo(whole.people());
        });
  }

  @Test
  void refusesWhatIsNotAReachDimensionAndSelfMerge() {
    ReachTally t = ReachTally.create();
    assertThat(rejectionOf(() -> t.by(Dimension.PERIOD)).field()).isEqualTo("dimension");
    assertThat(rejectionOf(() -> t.merge(t)).field()).isEqualTo("merge.other");
    ReachReport report = ReachReport.of(t, halves(), EquityPolicy.defaults(), AS_OF);
    assertThat(rejectionOf(() -> report.representation(Dimension.FORUM)).field()).isEqualTo("dimension");
    assertThat(ReachTally.DIMENSIONS).hasSize(13).doesNotContain(Dimension.PERIOD, Dimension.FORUM);
  }

  @Test
  void labelsValuesForPeople() {
    assertThat(ReachReport.label(Response.notAsked())).isEqualTo("not asked");
    assertThat(ReachReport.label(Response.preferNotToSay())).isEqualTo("prefer not to say");
    assertThat(ReachReport.label(Response.answered(true))).isEqualTo("yes");
    assertThat(ReachReport.label(Response.answered(false))).isEqualTo("no");
    assertThat(ReachReport.label(Response.answered(7))).isEqualTo("7");
    assertThat(ReachReport.label(Layer.NATION)).isEqualTo("nation");
    assertThat(ReachReport.label(Jurisdiction.WALES)).isEqualTo("Wales");
    assertThat(ReachReport.label(AgeBand.AGE_18_TO_25)).isEqualTo("18-25");
  }
}
