package io.coproduce.reporting.disclosure;

import static io.coproduce.reporting.table.Cell.count;
import static io.coproduce.reporting.table.Cell.key;
import static io.coproduce.reporting.table.Cell.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.coproduce.core.error.PolicyRefusedException;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.reporting.table.Cell;
import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.Table;
import io.coproduce.reporting.table.TableId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DisclosurePolicyTest {

  static final String NHS = "NHS England small-number rule (1-7 as *, others to the nearest 5)";
  static final Reason RATE_RULE =
      Reason.of("median-days", "Median days to feedback", RuleSource.libraryDefault("test"));

  /** One count, no relations: only the small-number rule and rounding apply. */
  static Table single(long value) {
    return Table.builder(TableId.of("single"), "Single")
        .columns(Column.count("young_people_count", "Young people"))
        .row(count(value))
        .build();
  }

  /** How {@code value} is published under {@code policy}: a number, or "*". */
  static String shown(DisclosurePolicy policy, long value) {
    return text(policy.publish(single(value)).rows().get(0).get(0));
  }

  static String text(ReleasedCell cell) {
    if (cell instanceof ReleasedCell.Shown s && s.cell() instanceof Cell.Count c) {
      return Long.toString(c.value());
    }
    if (cell instanceof ReleasedCell.Shown s && s.cell() instanceof Cell.Number n) {
      return (s.unreliable() ? "~" : "") + n.value();
    }
    if (cell instanceof ReleasedCell.Shown s) {
      return (s.unreliable() ? "~" : "") + s.cell();
    }
    return ReleasedCell.SUPPRESSED_MARK;
  }

  static Stream<Arguments> nhsRule() {
    return Stream.of(
        Arguments.of(0, "0"),
        Arguments.of(1, "*"),
        Arguments.of(2, "*"),
        Arguments.of(5, "*"),
        Arguments.of(7, "*"),
        Arguments.of(8, "10"),
        Arguments.of(9, "10"),
        Arguments.of(10, "10"),
        Arguments.of(11, "10"),
        Arguments.of(12, "10"),
        Arguments.of(13, "15"),
        Arguments.of(14, "15"),
        Arguments.of(15, "15"),
        Arguments.of(17, "15"),
        Arguments.of(18, "20"),
        Arguments.of(22, "20"),
        Arguments.of(23, "25"),
        Arguments.of(100, "100"),
        Arguments.of(102, "100"),
        Arguments.of(103, "105"),
        Arguments.of(1_000_002, "1000000"));
  }

  @ParameterizedTest(name = "NHS England rule: {0} is published as {1}")
  @MethodSource("nhsRule")
  void appliesTheNhsEnglandSmallNumberRule(long value, String expected) {
    assertThat(shown(DisclosurePolicy.nhsDefault(), value)).as(NHS).isEqualTo(expected);
  }

  static Stream<Arguments> stricterSettings() {
    return Stream.of(
        // suppression threshold raised by the host's policy
        Arguments.of(10, 5, 8, "*"),
        Arguments.of(10, 5, 10, "*"),
        Arguments.of(10, 5, 11, "10"),
        Arguments.of(10, 5, 12, "10"),
        Arguments.of(10, 5, 13, "15"),
        // coarser rounding: halves round up, nothing above the threshold rounds to zero
        Arguments.of(7, 10, 8, "10"),
        Arguments.of(7, 10, 9, "10"),
        Arguments.of(7, 10, 14, "10"),
        Arguments.of(7, 10, 15, "20"),
        Arguments.of(7, 10, 0, "0"),
        Arguments.of(7, 20, 8, "20"),
        Arguments.of(7, 20, 9, "20"),
        Arguments.of(7, 20, 29, "20"),
        Arguments.of(7, 20, 30, "40"),
        Arguments.of(7, 15, 8, "15"),
        Arguments.of(7, 15, 22, "15"),
        Arguments.of(7, 15, 23, "30"),
        Arguments.of(7, 25, 12, "25"),
        Arguments.of(9, 20, 9, "*"),
        Arguments.of(9, 20, 10, "20"));
  }

  @ParameterizedTest(name = "host policy 1-{0} suppressed, base {1}: {2} is published as {3}")
  @MethodSource("stricterSettings")
  void appliesAHostsStricterSettings(int largest, int base, long value, String expected) {
    DisclosurePolicy policy =
        DisclosurePolicy.nhsDefault().withLargestSuppressedCount(largest).withRoundingBase(base);

    assertThat(shown(policy, value)).isEqualTo(expected);
  }

  static Stream<Arguments> laxerSettings() {
    return Stream.of(
        Arguments.of("largest", 6, "disclosure.largestSuppressed"),
        Arguments.of("largest", 0, "disclosure.largestSuppressed"),
        Arguments.of("largest", -1, "disclosure.largestSuppressed"),
        Arguments.of("base", 4, "disclosure.roundingBase"),
        Arguments.of("base", 1, "disclosure.roundingBase"),
        Arguments.of("base", 0, "disclosure.roundingBase"),
        Arguments.of("base", -5, "disclosure.roundingBase"),
        Arguments.of("base", 7, "disclosure.roundingBase"),
        Arguments.of("base", 12, "disclosure.roundingBase"));
  }

  @ParameterizedTest(name = "NHS England rule: a host may not set {0} to {1}")
  @MethodSource("laxerSettings")
  void refusesLaxerSettingsThanTheNhsEnglandRule(String what, int value, String setting) {
    DisclosurePolicy nhs = DisclosurePolicy.nhsDefault();
    PolicyRefusedException e =
        catchThrowableOfType(
            PolicyRefusedException.class,
            () -> {
              if (what.equals("largest")) {
                nhs.withLargestSuppressedCount(value);
              } else {
                nhs.withRoundingBase(value);
              }
            });

    assertThat(e).isNotNull();
    assertThat(e.setting()).isEqualTo(setting);
    assertThat(e.source()).isEqualTo(DisclosurePolicy.NHS_SOURCE.citation());
    assertThat(e.getMessage()).contains(setting).contains("was " + value);
  }

  @Test
  void refusesToLoosenAStricterPolicyAgain() {
    DisclosurePolicy strict =
        DisclosurePolicy.nhsDefault().withLargestSuppressedCount(10).withRoundingBase(10);

    var lower = catchThrowableOfType(PolicyRefusedException.class, () -> strict.withSmallestShownCount(9));
    var finer = catchThrowableOfType(PolicyRefusedException.class, () -> strict.withRoundingBase(5));
    var offGrid = catchThrowableOfType(PolicyRefusedException.class, () -> strict.withRoundingBase(15));

    assertThat(lower.setting()).isEqualTo("disclosure.largestSuppressed");
    assertThat(lower.getMessage()).contains("1-10");
    assertThat(finer.setting()).isEqualTo("disclosure.roundingBase");
    assertThat(offGrid.getMessage()).contains("multiple of 10");
  }

  @Test
  void theOldNameOfTheThresholdSettingSuppressesUpToTheGivenCount() {
    DisclosurePolicy policy = DisclosurePolicy.nhsDefault().withSmallestShownCount(10);

    assertThat(policy.largestSuppressed()).isEqualTo(10);
    assertThat(shown(policy, 10)).isEqualTo("*");
    assertThat(shown(policy, 11)).isEqualTo("10");
  }

  @Test
  void theSameSettingAgainIsTheSamePolicy() {
    DisclosurePolicy nhs = DisclosurePolicy.nhsDefault();

    assertThat(nhs.withLargestSuppressedCount(7)).isSameAs(nhs);
    assertThat(nhs.withRoundingBase(5)).isSameAs(nhs);
  }

  @Test
  void namesItsSettings() {
    DisclosurePolicy nhs = DisclosurePolicy.nhsDefault();
    DisclosurePolicy strict = nhs.withLargestSuppressedCount(10).withRoundingBase(10);

    assertThat(nhs.name()).isEqualTo("NHS England small-number rule");
    assertThat(nhs.largestSuppressed()).isEqualTo(7);
    assertThat(nhs.roundingBase()).isEqualTo(5);
    assertThat(strict.name())
        .isEqualTo("NHS England small-number rule, counts 1-10 suppressed, rounded to 10");
    assertThat(strict).hasToString(strict.name());
    assertThat(strict.largestSuppressed()).isEqualTo(10);
    assertThat(strict.roundingBase()).isEqualTo(10);
  }

  @Test
  void theDefaultRulesCiteNhsEnglandAndOns() {
    List<Reason> rules = DisclosurePolicy.nhsDefault().rules();

    assertThat(rules)
        .extracting(Reason::rule)
        .containsExactly(
            "small-counts-suppressed",
            "counts-rounded",
            "never-rounded-to-zero",
            "secondary-suppression",
            "derived-figures",
            "unreliable-figures");
    assertThat(rules.get(0).source()).isEqualTo(DisclosurePolicy.NHS_SOURCE);
    assertThat(rules.get(1).source()).isEqualTo(DisclosurePolicy.NHS_SOURCE);
    assertThat(rules.get(2).source()).isEqualTo(DisclosurePolicy.NEVER_ZERO_SOURCE);
    assertThat(rules.get(3).source()).isEqualTo(DisclosurePolicy.SECONDARY_SOURCE);
    assertThat(rules.get(4).source()).isEqualTo(DisclosurePolicy.RATE_SOURCE);
    assertThat(rules.get(0).explanation()).contains("1 to 7");
    assertThat(rules.get(1).explanation()).contains("nearest 5");
  }

  @Test
  void aStricterSettingCitesTheOrganisationsPolicy() {
    List<Reason> threshold = DisclosurePolicy.nhsDefault().withLargestSuppressedCount(10).rules();
    List<Reason> base = DisclosurePolicy.nhsDefault().withRoundingBase(10).rules();

    assertThat(threshold.get(0).source().kind()).isEqualTo(RuleSource.Kind.ORGANISATION_POLICY);
    assertThat(threshold.get(0).source().citation()).contains("1-10");
    assertThat(threshold.get(1).source()).isEqualTo(DisclosurePolicy.NHS_SOURCE);
    assertThat(base.get(0).source()).isEqualTo(DisclosurePolicy.NHS_SOURCE);
    assertThat(base.get(1).source().kind()).isEqualTo(RuleSource.Kind.ORGANISATION_POLICY);
    assertThat(base.get(1).source().citation()).contains("nearest 10");
  }

  /** Numerator, denominator, a median resting on the numerator, and a flag on both. */
  static Table rates(long numerator, long denominator) {
    return Table.builder(TableId.of("rates"), "Rates")
        .columns(
            Column.count("feedback_count", "Feedback on time"),
            Column.count("contribution_count", "Contributions"),
            Column.percent("on_time", "Share on time", "feedback_count", "contribution_count"),
            Column.measure("median_days", "Median days", RATE_RULE, "feedback_count"),
            Column.flag("late", "Late", RATE_RULE, "feedback_count", "contribution_count"),
            Column.value("target", "Target"))
        .row(
            count(numerator),
            count(denominator),
            denominator == 0 ? Cell.empty() : number(100.0 * numerator / denominator),
            number(12.5),
            Cell.flag(true),
            number(80))
        .build();
  }

  static Stream<Arguments> derivedFigures() {
    return Stream.of(
        // percentages from the published, rounded counts (so they do not undo the rounding)
        Arguments.of(12, 23, "10", "25", "~40.0", "~12.5", "~YES"),
        Arguments.of(22, 48, "20", "50", "40.0", "12.5", "YES"),
        Arguments.of(19, 48, "20", "50", "40.0", "12.5", "YES"),
        Arguments.of(17, 48, "15", "50", "~30.0", "~12.5", "~YES"),
        Arguments.of(18, 48, "20", "50", "40.0", "12.5", "YES"),
        // ONS: no rate from fewer than 3 events (1-7 are hidden, and so is every figure on them)
        Arguments.of(1, 48, "*", "50", "*", "*", "*"),
        Arguments.of(2, 48, "*", "50", "*", "*", "*"),
        Arguments.of(7, 48, "*", "50", "*", "*", "*"),
        Arguments.of(0, 48, "0", "50", "~0.0", "~12.5", "~YES"),
        Arguments.of(30, 5, "30", "*", "*", "12.5", "*"),
        Arguments.of(0, 0, "0", "0", "", "~12.5", "~YES"));
  }

  @ParameterizedTest(name = "ONS practice: {0} of {1} is published as {2}, {3}, {4}, {5}, {6}")
  @MethodSource("derivedFigures")
  void derivedFiguresFollowTheCountsTheyRestOn(
      long numerator, long denominator, String num, String den, String percent, String median,
      String flag) {
    PublishedTable published = DisclosurePolicy.nhsDefault().publish(rates(numerator, denominator));
    List<ReleasedCell> row = published.rows().get(0);

    assertThat(row.stream().map(DisclosurePolicyTest::text).toList())
        .containsExactly(
            num,
            den,
            percent,
            median,
            flag,
            "80.0");
  }

  @Test
  void derivedSuppressionIsTalliedAndMarked() {
    PublishedTable published = DisclosurePolicy.nhsDefault().publish(rates(30, 5));
    List<ReleasedCell> row = published.rows().get(0);

    assertThat(row.get(2)).isEqualTo(ReleasedCell.suppressed(Suppression.DERIVED));
    assertThat(row.get(3)).isEqualTo(ReleasedCell.shown(number(12.5)));
    assertThat(row.get(4)).isEqualTo(ReleasedCell.suppressed(Suppression.DERIVED));
    assertThat(published.disclosure().derived()).isEqualTo(2);
    assertThat(published.disclosure().primary()).isEqualTo(1);
    assertThat(published.disclosure().secondary()).isZero();
    assertThat(published.disclosure().rounded()).isZero();
  }

  @Test
  void anEmptyDerivedFigureStaysEmptyEvenOverAHiddenCount() {
    Table table =
        Table.builder(TableId.of("medians"), "Medians")
            .columns(
                Column.count("feedback_count", "Feedback"),
                Column.measure("median_days", "Median days", RATE_RULE, "feedback_count"))
            .row(count(3), Cell.empty())
            .build();

    PublishedTable published = DisclosurePolicy.nhsDefault().publish(table);

    assertThat(published.rows().get(0).get(1)).isEqualTo(ReleasedCell.shown(Cell.empty()));
    assertThat(published.disclosure().derived()).isZero();
  }

  @Test
  void talliesCountWhatWasDone() {
    Table table =
        Table.builder(TableId.of("reach"), "Reach")
            .columns(Column.dimension("organisation", "Organisation"), Column.count("count", "People"))
            .row(key("a"), count(3))
            .row(key("b"), count(20))
            .row(key("c"), count(31))
            .row(key("d"), count(0))
            .row(key("e"), count(45))
            .row(Cell.total(), count(99))
            .build();

    DisclosureStatement statement = DisclosurePolicy.nhsDefault().publish(table).disclosure();

    // 3 is primary; 20 hides it from the total; 31 and 99 are rounded (20, 0 and 45 are not)
    assertThat(statement.primary()).isEqualTo(1);
    assertThat(statement.secondary()).isEqualTo(1);
    assertThat(statement.derived()).isZero();
    assertThat(statement.rounded()).isEqualTo(2);
    assertThat(statement.suppressed()).isEqualTo(2);
    assertThat(statement.forPublication()).isTrue();
    assertThat(statement.policy()).isEqualTo("NHS England small-number rule");
    assertThat(statement.rules()).isEqualTo(DisclosurePolicy.nhsDefault().rules());
  }

  @Test
  void publishedTablesKeepTheirTitleAndColumns() {
    Table table =
        Table.builder(TableId.of("rates"), "Rates")
            .description("Feedback on time")
            .columns(Column.count("feedback_count", "Feedback"))
            .row(count(22))
            .build();

    PublishedTable published = DisclosurePolicy.nhsDefault().publish(table);

    assertThat(published.id()).isEqualTo(table.id());
    assertThat(published.title()).isEqualTo("Rates");
    assertThat(published.description()).isEqualTo("Feedback on time");
    assertThat(published.columns()).isEqualTo(table.columns());
    assertThat(published.toString()).startsWith("PublishedTable[rates, ").doesNotContain("22");
  }

  @Test
  void onlyTheNamedInternalCallReleasesExactFigures() {
    Table table =
        Table.builder(TableId.of("single"), "Single")
            .description("Exact")
            .columns(Column.count("young_people_count", "Young people"))
            .row(count(3))
            .build();

    InternalTable internal = DisclosurePolicy.internalNotForPublication(table);

    assertThat(internal.rows().get(0).get(0)).isEqualTo(ReleasedCell.shown(count(3)));
    assertThat(internal.disclosure().forPublication()).isFalse();
    assertThat(internal.disclosure().policy()).isEqualTo(InternalTable.POLICY);
    assertThat(internal.disclosure().rules()).extracting(Reason::rule)
        .containsExactly("internal-not-for-publication");
    assertThat(internal.disclosure().suppressed()).isZero();
    assertThat(internal.id()).isEqualTo(table.id());
    assertThat(internal.title()).isEqualTo(table.title());
    assertThat(internal.description()).isEqualTo(table.description());
    assertThat(internal.columns()).isEqualTo(table.columns());
    assertThat(internal).hasToString("InternalTable[single, not for publication]");
    assertThat(shown(DisclosurePolicy.nhsDefault(), 3)).isEqualTo("*");
  }

  @Test
  void acceptsThatRoundingHidesSmallDifferences() {
    // deliberately accepted: 10 and 12 read the same, and a total of 12 shown as 10 may not equal
    // the sum of its shown parts; readers are told counts are rounded
    assertThat(shown(DisclosurePolicy.nhsDefault(), 10)).isEqualTo(shown(DisclosurePolicy.nhsDefault(), 12));
    Table table =
        Table.builder(TableId.of("reach"), "Reach")
            .columns(Column.dimension("organisation", "Organisation"), Column.count("count", "People"))
            .row(key("a"), count(12))
            .row(key("b"), count(12))
            .row(Cell.total(), count(24))
            .build();

    List<String> row =
        DisclosurePolicy.nhsDefault().publish(table).rows().stream().map(r -> text(r.get(1))).toList();

    assertThat(row).containsExactly("10", "10", "25");
  }

  @Test
  void acceptsMediansAsComputedWhenTheirCountsAreShown() {
    // deliberately accepted: a median is not a sum, so it is shown exactly, marked unreliable
    // below 20 events; a plain ratio of counts belongs in a percent column instead
    PublishedTable published = DisclosurePolicy.nhsDefault().publish(rates(13, 48));

    assertThat(published.rows().get(0).get(3)).isEqualTo(ReleasedCell.unreliable(number(12.5)));
  }

  @Test
  void acceptsAZeroPercentFromAnExactZero() {
    // deliberately accepted: 0% says no more than the shown zero it is computed from
    PublishedTable published = DisclosurePolicy.nhsDefault().publish(rates(0, 48));

    assertThat(published.rows().get(0).get(2)).isEqualTo(ReleasedCell.unreliable(number(0.0)));
  }

  @Test
  void aPercentageIgnoresTheFigureTheReportComputedFromExactCounts() {
    // 12 of 23 is 52.2% exactly, which with 25 shown would give 12 away; published: 10 of 25
    PublishedTable published = DisclosurePolicy.nhsDefault().publish(rates(12, 23));

    assertThat(published.rows().get(0).get(2)).isEqualTo(ReleasedCell.unreliable(number(40.0)));
  }

  @Test
  void aPercentageOfNobodyIsEmptyWhateverTheReportPutThere() {
    Table table =
        Table.builder(TableId.of("rates"), "Rates")
            .columns(
                Column.count("feedback_count", "Feedback"),
                Column.count("contribution_count", "Contributions"),
                Column.percent("on_time", "Share on time", "feedback_count", "contribution_count"))
            .row(count(0), count(0), number(0))
            .build();

    PublishedTable published = DisclosurePolicy.nhsDefault().publish(table);

    assertThat(published.rows().get(0).get(2)).isEqualTo(ReleasedCell.shown(Cell.empty()));
  }
}
