package io.coproduce.participation.strategy;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.IdentifierSyntax;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.core.rule.RuleSource.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StrategicPlansTest {

  /** A host's own plan, valid; the rejection table breaks it one way at a time. */
  static final String OURS = """
      {"id": "ours", "name": "Our plan", "version": "2026.1",
       "source": {"kind": "ORGANISATION_POLICY", "citation": "Our strategy 2026-2029"},
       "aims": [
         {"id": "a1", "title": "Prevention everywhere",
          "objectives": [{"id": "a1.o1", "title": "Make the case"}, {"id": "a1.o2", "title": "Shape policy"}],
          "enablers": [{"id": "a1.e1", "text": "Briefings"}],
          "indicators": [{"id": "a1.i1", "text": "Policies that mention it", "direction": "INCREASE"}]},
         {"id": "a2", "title": "Early help",
          "objectives": [{"id": "a2.o1", "title": "Join up services"}],
          "enablers": [],
          "indicators": [{"id": "a2.i1", "text": "Weeks waited", "direction": "DECREASE"}]}]}
      """;

  static StrategicPlan read(String json) {
    return StrategicPlans.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  static String breaking(String fragment, String replacement) {
    assertThat(OURS).contains(fragment);
    return OURS.replaceFirst(Pattern.quote(fragment), Matcher.quoteReplacement(replacement));
  }

  @Test
  void readsAHostsPlan() {
    assertThat(read(OURS)).isEqualTo(StrategicPlan.of(
        PlanId.parse("ours"), "Our plan", "2026.1", RuleSource.organisationPolicy("Our strategy 2026-2029"), List.of(
            Aim.of("a1", "Prevention everywhere", List.of(Objective.of("a1.o1", "Make the case"),
                Objective.of("a1.o2", "Shape policy")), List.of(Enabler.of("a1.e1", "Briefings")),
                List.of(Indicator.of("a1.i1", "Policies that mention it", Direction.INCREASE))),
            Aim.of("a2", "Early help", List.of(Objective.of("a2.o1", "Join up services")), List.of(),
                List.of(Indicator.of("a2.i1", "Weeks waited", Direction.DECREASE))))));
    assertThat(read(OURS).aimOf(IndicatorId.parse("a2.i1"))).map(Aim::id).contains(AimId.parse("a2"));
  }

  @Test
  void readsOneValueAndLeavesTheStreamOpen() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(OURS.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertThat(StrategicPlans.read(in).id()).isEqualTo(PlanId.parse("ours"));
    assertThat(closed[0]).isFalse();
    in.close();
  }

  @Test
  void reportsAStreamThatCannotBeRead() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> StrategicPlans.read(broken)).isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
  }

  static Stream<Arguments> rejections() {
    return Stream.of(
        Arguments.of("duplicate objective in an aim", breaking("\"id\": \"a1.o2\"", "\"id\": \"a1.o1\""),
            "strategicPlan.aims[0].objectives[1].id", "must not repeat the id of objectives[0]"),
        Arguments.of("duplicate objective across aims", breaking("\"id\": \"a2.o1\"", "\"id\": \"a1.o2\""),
            "strategicPlan.aims[1].objectives[0].id",
            "must not repeat the id at strategicPlan.aims[0].objectives[1].id: ids are unique across the plan"),
        Arguments.of("duplicate indicator across aims", breaking("\"id\": \"a2.i1\"", "\"id\": \"a1.i1\""),
            "strategicPlan.aims[1].indicators[0].id",
            "must not repeat the id at strategicPlan.aims[0].indicators[0].id: ids are unique across the plan"),
        Arguments.of("duplicate enabler", breaking("\"enablers\": []", "\"enablers\": [{\"id\": \"a1.e1\", \"text\": \"Again\"}]"),
            "strategicPlan.aims[1].enablers[0].id",
            "must not repeat the id at strategicPlan.aims[0].enablers[0].id: ids are unique across the plan"),
        Arguments.of("duplicate aim", breaking("\"id\": \"a2\"", "\"id\": \"a1\""), "strategicPlan.aims[1].id",
            "must not repeat the id at strategicPlan.aims[0].id: ids are unique across the plan"),
        Arguments.of("no objectives", breaking("\"objectives\": [{\"id\": \"a2.o1\", \"title\": \"Join up services\"}]",
            "\"objectives\": []"), "strategicPlan.aims[1].objectives", "must hold at least one objective"),
        Arguments.of("no aims", OURS.substring(0, OURS.indexOf("\"aims\"")) + "\"aims\": []}", "strategicPlan.aims",
            "must hold at least one aim"),
        Arguments.of("unknown direction", breaking("\"DECREASE\"", "\"DOWN\""), "strategicPlan.aims[1].indicators[0].direction",
            "must be one of INCREASE, DECREASE"),
        Arguments.of("missing direction", breaking(", \"direction\": \"DECREASE\"", ""),
            "strategicPlan.aims[1].indicators[0].direction", "is required"),
        Arguments.of("missing enablers", breaking("\"enablers\": [],", ""), "strategicPlan.aims[1].enablers", "is required"),
        Arguments.of("unknown property", breaking("\"title\": \"Early help\"", "\"title\": \"Early help\", \"owner\": \"x\""),
            "strategicPlan.aims[1].owner", "is not a known property; expected id, title, objectives, enablers, indicators"),
        Arguments.of("repeated property", breaking("\"title\": \"Make the case\"", "\"title\": \"Make the case\", \"title\": \"x\""),
            "strategicPlan.aims[0].objectives[0].title", "must not appear twice in one object"),
        Arguments.of("blank title", breaking("\"Early help\"", "\" \""), "strategicPlan.aims[1].title", "must not be blank"),
        Arguments.of("blank objective", breaking("\"Make the case\"", "\"\""), "strategicPlan.aims[0].objectives[0].title",
            "must not be blank"),
        Arguments.of("blank enabler", breaking("\"Briefings\"", "\"\""), "strategicPlan.aims[0].enablers[0].text",
            "must not be blank"),
        Arguments.of("blank indicator", breaking("\"Weeks waited\"", "\"\""), "strategicPlan.aims[1].indicators[0].text",
            "must not be blank"),
        Arguments.of("blank name", breaking("\"Our plan\"", "\"\""), "strategicPlan.name", "must not be blank"),
        Arguments.of("long version", breaking("\"2026.1\"", "\"" + "1".repeat(65) + "\""), "strategicPlan.version",
            "must be at most 64 characters"),
        Arguments.of("bad objective id", breaking("\"id\": \"a1.o1\"", "\"id\": \"objective one\""),
            "strategicPlan.aims[0].objectives[0].id", IdentifierSyntax.RULE),
        Arguments.of("bad plan id", breaking("\"id\": \"ours\"", "\"id\": 1"), "strategicPlan.id",
            "must be a JSON string, not a number"),
        Arguments.of("aims not an array", OURS.substring(0, OURS.indexOf("\"aims\"")) + "\"aims\": \"a1\"}",
            "strategicPlan.aims", "must be a JSON array, not a string"),
        Arguments.of("bad source", breaking("\"kind\": \"ORGANISATION_POLICY\", ", ""), "strategicPlan.source.kind",
            "is required"),
        Arguments.of("not an object", "[]", "strategicPlan", "must be a JSON object, not an array"),
        Arguments.of("nothing", "", "strategicPlan", "must be present (no JSON content)"),
        Arguments.of("something after it", OURS + "[]", "strategicPlan", "must be one JSON object with nothing after it"),
        Arguments.of("cut short", OURS.substring(0, 150), "strategicPlan", "must be well-formed JSON"),
        Arguments.of("not JSON", "aims: 3", "strategicPlan", "must be well-formed JSON (line 1, column 1)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejections")
  void refusesBadJsonNamingThePathAndTheRule(String name, String json, String field, String rule) {
    InvalidInputException e = rejectionOf(() -> read(json));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).startsWith(rule);
  }

  @Test
  void refusesTextThatIsNotUnicode() {
    byte[] utf32Prefix = {0, 0, 0, '{', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    assertThat(rejectionOf(() -> StrategicPlans.read(new ByteArrayInputStream(utf32Prefix))).field())
        .isEqualTo("strategicPlan");
  }

  @Test
  void theCoalitionsPlanHasThreeAimsEachWithObjectivesEnablersAndIndicators() {
    StrategicPlan plan = StrategicPlans.coalition();
    assertThat(plan.id()).isEqualTo(PlanId.parse("cypmhc-strategic-plan"));
    assertThat(plan.aims()).extracting(a -> a.id().value()).containsExactly("aim-1", "aim-2", "aim-3");
    assertThat(plan.aims()).allSatisfy(a -> assertThat(a.objectives()).hasSize(3));
    assertThat(plan.aims()).extracting(a -> a.enablers().size()).containsExactly(9, 10, 9);
    assertThat(plan.aims()).extracting(a -> a.indicators().size()).containsExactly(4, 6, 7);
    assertThat(plan.objectives()).hasSize(9);
    assertThat(plan.indicators()).hasSize(17);
    assertThat(plan.source().kind()).isEqualTo(Kind.ORGANISATION_POLICY);
    assertThat(plan.source().citation()).contains("Children and Young People's Mental Health Coalition",
        "Strategic Plan", "paraphrased by Coproduce");
    assertThat(plan.aimOf(ObjectiveId.parse("aim-2.obj-3"))).map(Aim::title).hasValueSatisfying(
        t -> assertThat(t).contains("early"));
    assertThat(plan.objective(ObjectiveId.parse("aim-2.obj-3"))).map(Objective::title)
        .hasValueSatisfying(t -> assertThat(t).contains("co-production"));
    assertThat(plan.indicator(IndicatorId.parse("aim-2.ind-5"))).map(Indicator::direction).contains(Direction.DECREASE);
    assertThat(StrategicPlans.coalition()).isSameAs(plan);
  }

  @Test
  void theShippedPlanIsReadOnceFromTheModulesResources() {
    assertThat(StrategicPlans.resource("coalition-strategic-plan.json")).isEqualTo(StrategicPlans.coalition())
        .isNotSameAs(StrategicPlans.coalition());
    assertThatThrownBy(() -> StrategicPlans.resource("missing.json")).isInstanceOf(IllegalStateException.class)
        .hasMessage("shipped plan missing from the module: missing.json");
  }
}
