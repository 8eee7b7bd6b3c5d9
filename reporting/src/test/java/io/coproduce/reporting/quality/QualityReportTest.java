package io.coproduce.reporting.quality;

import static io.coproduce.participation.quality.ElementStatus.MET;
import static io.coproduce.participation.quality.ElementStatus.NOT_MET;
import static io.coproduce.participation.quality.ElementStatus.PARTLY_MET;
import static io.coproduce.reporting.Rejections.rejectionOf;
import static io.coproduce.reporting.TableRows.rows;
import static io.coproduce.reporting.TableRows.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.process.CoproductionProcess;
import io.coproduce.participation.process.ParticipationLevel;
import io.coproduce.participation.process.Phase;
import io.coproduce.participation.process.ProcessId;
import io.coproduce.participation.process.ProcessKind;
import io.coproduce.participation.quality.ElementStatus;
import io.coproduce.participation.quality.HartRung;
import io.coproduce.participation.quality.LundyElement;
import io.coproduce.participation.quality.ParticipationQuality;
import io.coproduce.participation.quality.QualityFacts;
import io.coproduce.participation.quality.QualityRules;
import io.coproduce.participation.quality.QualityScope;
import io.coproduce.participation.quality.ShierLevel;
import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.report.Publication;
import io.coproduce.reporting.report.Report;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tests of the quality report; its report also feeds the all-reports rendering test. */
public class QualityReportTest {

  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  static final ForumId YAG = ForumId.parse("forum-yag");
  static final ForumId STEERING = ForumId.parse("forum-steering");

  static CoproductionProcess process() {
    return CoproductionProcess.plan(ProcessId.parse("proc-redesign"), ProcessKind.SERVICE_REDESIGN,
        List.of(OrganisationId.parse("org-north")),
        List.of(Phase.of("discovery", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30), ParticipationLevel.CO_DESIGN)));
  }

  static Map<LundyElement, ElementStatus> lundy(ElementStatus space, ElementStatus voice, ElementStatus audience,
      ElementStatus influence) {
    Map<LundyElement, ElementStatus> m = new EnumMap<>(LundyElement.class);
    m.put(LundyElement.SPACE, space);
    m.put(LundyElement.VOICE, voice);
    m.put(LundyElement.AUDIENCE, audience);
    m.put(LundyElement.INFLUENCE, influence);
    return m;
  }

  static List<QualityResult> results() {
    return List.of(
        new QualityResult(QualityScope.ofForum(YAG), lundy(MET, MET, PARTLY_MET, NOT_MET),
            Optional.of(HartRung.CONSULTED_AND_INFORMED), Optional.of(ShierLevel.VIEWS_TAKEN_INTO_ACCOUNT), Set.of()),
        new QualityResult(QualityScope.ofForum(STEERING), lundy(NOT_MET, NOT_MET, NOT_MET, NOT_MET),
            Optional.of(HartRung.TOKENISM), Optional.empty(), Set.of(QualityRules.TOKENISM, QualityRules.DECORATION)),
        new QualityResult(QualityScope.ofProcess(process(), List.of(YAG)), lundy(MET, PARTLY_MET, MET, MET),
            Optional.of(HartRung.ADULT_INITIATED_SHARED_DECISIONS), Optional.of(ShierLevel.INVOLVED_IN_DECISION_MAKING),
            Set.of()));
  }

  /** The report of the three results above. */
  public static Report report() {
    return QualityReport.of(results(), NOW);
  }

  @Test
  void showsEachProcessAndForumWithItsElementsRungLevelAndConcerns() {
    assertThat(rows(report(), QualityReport.BY_SCOPE)).containsExactly(
        List.of("Forum", "forum-yag", "met", "met", "partly met", "not met", "5", "consulted and informed", "3", ""),
        List.of("Forum", "forum-steering", "not met", "not met", "not met", "not met", "3", "tokenism", "",
            QualityRules.DECORATION + ", " + QualityRules.TOKENISM),
        List.of("Process", "proc-redesign", "met", "partly met", "met", "met", "6",
            "adult-initiated, shared decisions with young people", "4", ""));
    assertThat(section(report(), QualityReport.BY_SCOPE).rules()).containsExactly(
        QualityReport.LUNDY_RULE, QualityReport.HART_RULE, QualityReport.SHIER_RULE, QualityReport.CONCERNS_RULE);
  }

  @Test
  void countsProcessesAndForumsByLundyStatus() {
    assertThat(rows(report(), QualityReport.LUNDY)).containsExactly(
        List.of("space", "2", "0", "1", "3"),
        List.of("voice", "1", "1", "1", "3"),
        List.of("audience", "1", "1", "1", "3"),
        List.of("influence", "1", "0", "2", "3"));
    assertThat(QualityReport.LUNDY_RULE.source()).isEqualTo(QualityRules.LUNDY_SOURCE);
  }

  @Test
  void countsProcessesAndForumsByHartsRungHighestFirst() {
    assertThat(rows(report(), QualityReport.HART)).containsExactly(
        List.of("8 initiated by young people, shared decisions with adults", "0"),
        List.of("7 initiated and directed by young people", "0"),
        List.of("6 adult-initiated, shared decisions with young people", "1"),
        List.of("5 consulted and informed", "1"),
        List.of("4 assigned but informed", "0"),
        List.of("3 tokenism", "1"),
        List.of("2 decoration", "0"),
        List.of("1 manipulation", "0"),
        List.of("No participation", "0"),
        List.of("Total", "3"));
    assertThat(QualityReport.HART_RULE.source()).isEqualTo(QualityRules.HART_SOURCE);
  }

  @Test
  void countsProcessesAndForumsByShiersHighestLevel() {
    assertThat(rows(report(), QualityReport.SHIER)).containsExactly(
        List.of("5 share power and responsibility for decisions", "0"),
        List.of("4 involved in decision-making processes", "1"),
        List.of("3 views taken into account", "1"),
        List.of("2 supported to express their views", "0"),
        List.of("1 listened to", "0"),
        List.of("No participation", "1"),
        List.of("Total", "3"));
    assertThat(QualityReport.SHIER_RULE.source()).isEqualTo(QualityRules.SHIER_SOURCE);
  }

  @Test
  void readsAComputedQualityWithNothingRecordedAsNotMetAndNoParticipation() {
    QualityResult r = QualityResult.of(ParticipationQuality.of(
        QualityFacts.builder(QualityScope.ofProcess(process(), List.of()), NOW).build()));
    assertThat(r.lundy()).containsOnlyKeys(LundyElement.values());
    assertThat(r.lundy().values()).containsOnly(NOT_MET);
    assertThat(r.hart()).isEmpty();
    assertThat(r.shier()).isEmpty();
    assertThat(r.concerns()).isEmpty();
    assertThat(r.label()).isEqualTo("proc-redesign");
    assertThat(r.scope().isProcess()).isTrue();
    assertThat(rows(QualityReport.of(List.of(r), NOW), QualityReport.HART).get(8)).containsExactly("No participation", "1");
  }

  @Test
  void aForumAndAProcessMayShareAnId() {
    QualityResult forum = new QualityResult(QualityScope.ofForum(ForumId.parse("proc-redesign")),
        lundy(MET, MET, MET, MET), Optional.empty(), Optional.empty(), Set.of());
    assertThat(QualityReport.of(List.of(results().get(2), forum), NOW).sections()).hasSize(4);
  }

  @Test
  void refusesTheSameProcessOrForumTwice() {
    var e = rejectionOf(() -> QualityReport.of(List.of(results().get(0), results().get(0)), NOW));
    assertThat(e.field()).isEqualTo("results");
  }

  @Test
  void refusesAResultWithoutEveryElement() {
    Map<LundyElement, ElementStatus> three = lundy(MET, MET, MET, MET);
    three.remove(LundyElement.INFLUENCE);
    var e = rejectionOf(() -> new QualityResult(QualityScope.ofForum(YAG), three, Optional.empty(), Optional.empty(),
        Set.of()));
    assertThat(e.field()).isEqualTo("qualityResult.lundy");
  }

  @Test
  void anEmptyReportCountsNothing() {
    Report r = QualityReport.of(List.of(), NOW);
    assertThat(rows(r, QualityReport.BY_SCOPE)).isEmpty();
    assertThat(rows(r, QualityReport.LUNDY).get(0)).containsExactly("space", "0", "0", "0", "0");
    assertThat(r.id()).isEqualTo(QualityReport.ID);
    assertThat(r.asOf()).isEqualTo(NOW);
  }

  @Test
  void publishesUnderTheNhsRuleUnchangedSinceItCountsProcessesAndForumsNotPeople() {
    Publication p = Publication.publish(List.of(report()), DisclosurePolicy.nhsDefault());
    assertThat(p.forPublication()).isTrue();
    assertThat(rows(p.tables().get(2))).isEqualTo(rows(report(), QualityReport.HART));
  }
}
