package io.coproduce.participation.framework;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrameworksTest {

  /** A host's own framework, valid; the rejection table breaks it one way at a time. */
  static final String OURS = """
      {"id": "ours", "name": "Our checklist", "version": "2026.1",
       "source": {"kind": "ORGANISATION_POLICY", "citation": "Our participation policy (2026)"},
       "scales": [{"id": "yn", "levels": [{"id": "no", "label": "No", "score": 0},
                                          {"id": "yes", "label": "Yes", "score": 1}]}],
       "elements": [
         {"id": "heard", "name": "Heard", "questions": [
           {"id": "heard.1", "text": "Were young people heard?", "scale": "yn"},
           {"id": "heard.2", "text": "Did they hear back?", "scale": "yn"}]},
         {"id": "acted", "name": "Acted on", "questions": [
           {"id": "acted.1", "text": "Did anything change?", "scale": "yn"}]}]}
      """;

  static Framework read(String json) {
    return Frameworks.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  static String breaking(String fragment, String replacement) {
    assertThat(OURS).contains(fragment);
    return OURS.replaceFirst(java.util.regex.Pattern.quote(fragment), java.util.regex.Matcher.quoteReplacement(replacement));
  }

  @Test
  void readsAHostsFramework() {
    Framework f = read(OURS);
    assertThat(f).isEqualTo(Framework.of(FrameworkId.parse("ours"), "Our checklist", "2026.1",
        RuleSource.organisationPolicy("Our participation policy (2026)"),
        List.of(ScoringScale.of("yn", List.of(ScoreLevel.of("no", "No", 0), ScoreLevel.of("yes", "Yes", 1)))),
        List.of(Element.of("heard", "Heard", List.of(Question.of("heard.1", "Were young people heard?", "yn"),
                Question.of("heard.2", "Did they hear back?", "yn"))),
            Element.of("acted", "Acted on", List.of(Question.of("acted.1", "Did anything change?", "yn"))))));
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
    assertThat(Frameworks.read(in).id()).isEqualTo(FrameworkId.parse("ours"));
    assertThat(closed[0]).isFalse();
    in.close();
  }

  @Test
  void readsUtf16AndTrailingWhitespace() {
    byte[] utf16 = (OURS + "\n\n").getBytes(StandardCharsets.UTF_16);
    assertThat(Frameworks.read(new ByteArrayInputStream(utf16))).isEqualTo(read(OURS));
  }

  @Test
  void reportsAStreamThatCannotBeRead() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> Frameworks.read(broken)).isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
  }

  static Stream<Arguments> rejections() {
    String source = "\"source\": {\"kind\": \"ORGANISATION_POLICY\", \"citation\": \"Our participation policy (2026)\"},";
    return Stream.of(
        Arguments.of("duplicate question id in an element", breaking("\"id\": \"heard.2\"", "\"id\": \"heard.1\""),
            "framework.elements[0].questions[1].id", "must not repeat the id of questions[0]"),
        Arguments.of("duplicate question id across elements", breaking("\"id\": \"acted.1\"", "\"id\": \"heard.2\""),
            "framework.elements[1].questions[0].id",
            "must not repeat the id of framework.elements[0].questions[1]: question ids are unique across the framework"),
        Arguments.of("duplicate element id", breaking("\"id\": \"acted\"", "\"id\": \"heard\""),
            "framework.elements[1].id", "must not repeat the id of framework.elements[0]"),
        Arguments.of("duplicate scale id", breaking("\"scales\": [", "\"scales\": [{\"id\": \"yn\", \"levels\": ["
            + "{\"id\": \"a\", \"label\": \"A\", \"score\": 0}, {\"id\": \"b\", \"label\": \"B\", \"score\": 5}]}, "),
            "framework.scales[1].id", "must not repeat the id of framework.scales[0]"),
        Arguments.of("unknown scale", breaking("\"scale\": \"yn\"}", "\"scale\": \"npm\"}"),
            "framework.elements[0].questions[0].scale", "must name a scale of this framework (yn)"),
        Arguments.of("no elements", OURS.substring(0, OURS.indexOf("\"elements\"")) + "\"elements\": []}",
            "framework.elements", "must hold at least one element"),
        Arguments.of("no scales", OURS.substring(0, OURS.indexOf("\"scales\"")) + "\"scales\": [],\n"
            + OURS.substring(OURS.indexOf("\"elements\"")), "framework.scales", "must hold at least one scale"),
        Arguments.of("empty element", OURS.substring(0, OURS.lastIndexOf("\"questions\"")) + "\"questions\": []}]}",
            "framework.elements[1].questions", "must hold at least one question"),
        Arguments.of("one-level scale", breaking("{\"id\": \"no\", \"label\": \"No\", \"score\": 0},", ""),
            "framework.scales[0].levels", "must hold 2 to 20 levels, lowest first"),
        Arguments.of("scores not increasing", breaking("\"score\": 1", "\"score\": 0"),
            "framework.scales[0].levels[1].score", "must be higher than the score of the level before it (0):"
                + " levels run from the lowest to the highest"),
        Arguments.of("repeated level label", breaking("\"label\": \"Yes\"", "\"label\": \"No\""),
            "framework.scales[0].levels[1].label", "must not repeat the label of levels[0]"),
        Arguments.of("score too high", breaking("\"score\": 1", "\"score\": 1001"),
            "framework.scales[0].levels[1].score", "must be a whole number from 0 to 1000"),
        Arguments.of("score as text", breaking("\"score\": 1", "\"score\": \"1\""),
            "framework.scales[0].levels[1].score", "must be a whole number, not a string"),
        Arguments.of("fractional score", breaking("\"score\": 1", "\"score\": 0.5"),
            "framework.scales[0].levels[1].score", "must be a whole number, not a number"),
        Arguments.of("huge score", breaking("\"score\": 1", "\"score\": 99999999999"),
            "framework.scales[0].levels[1].score", "must be a whole number from -2147483648 to 2147483647"),
        Arguments.of("unknown property", breaking("\"version\"", "\"colour\": \"red\", \"version\""),
            "framework.colour", "is not a known property; expected id, name, version, source, scales, elements"),
        Arguments.of("unknown property of a question", breaking("\"text\": \"Did they hear back?\"",
            "\"text\": \"Did they hear back?\", \"weight\": 2"), "framework.elements[0].questions[1].weight",
            "is not a known property; expected id, text, scale"),
        Arguments.of("repeated property", breaking("\"version\"", "\"name\": \"Again\", \"version\""),
            "framework.name", "must not appear twice in one object"),
        Arguments.of("missing property", breaking("\"version\": \"2026.1\",", ""),
            "framework.version", "is required"),
        Arguments.of("null property", breaking("\"name\": \"Our checklist\"", "\"name\": null"),
            "framework.name", "must not be null"),
        Arguments.of("blank question", breaking("\"Were young people heard?\"", "\"  \""),
            "framework.elements[0].questions[0].text", "must not be blank"),
        Arguments.of("blank version", breaking("\"2026.1\"", "\"\""), "framework.version", "must not be blank"),
        Arguments.of("blank element name", breaking("\"Acted on\"", "\"\""), "framework.elements[1].name",
            "must not be blank"),
        Arguments.of("bad element id", breaking("\"id\": \"heard\"", "\"id\": \"heard well\""),
            "framework.elements[0].id", IdentifierSyntax.RULE),
        Arguments.of("bad framework id", breaking("\"id\": \"ours\"", "\"id\": \"\""), "framework.id",
            IdentifierSyntax.RULE),
        Arguments.of("bad scale reference", breaking("\"scale\": \"yn\"}", "\"scale\": 7}"),
            "framework.elements[0].questions[0].scale", "must be a JSON string, not a number"),
        Arguments.of("bad source kind", breaking("ORGANISATION_POLICY", "POLICY"), "framework.source.kind",
            "must be one of LAW, STATUTORY_GUIDANCE, GUIDANCE, ORGANISATION_POLICY, LIBRARY_DEFAULT"),
        Arguments.of("blank citation", breaking("\"Our participation policy (2026)\"", "\" \""),
            "framework.source.citation", "must not be blank"),
        Arguments.of("source missing", breaking(source, ""), "framework.source", "is required"),
        Arguments.of("elements not an array", OURS.substring(0, OURS.indexOf("\"elements\"")) + "\"elements\": {}}",
            "framework.elements", "must be a JSON array, not an object"),
        Arguments.of("not an object", "[]", "framework", "must be a JSON object, not an array"),
        Arguments.of("a bare string", "\"lundy\"", "framework", "must be a JSON object, not a string"),
        Arguments.of("nothing", "", "framework", "must be present (no JSON content)"),
        Arguments.of("only whitespace", "  \n ", "framework", "must be present (no JSON content)"),
        Arguments.of("something after it", OURS + " {}", "framework", "must be one JSON object with nothing after it"),
        Arguments.of("two frameworks", OURS + OURS, "framework", "must be one JSON object with nothing after it"),
        Arguments.of("garbage after it", OURS + " x", "framework", "must be well-formed JSON (line 11, column 2)"),
        Arguments.of("cut short", OURS.substring(0, 200), "framework", "must be well-formed JSON"),
        Arguments.of("not JSON", "id: lundy", "framework", "must be well-formed JSON (line 1, column 1)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejections")
  void refusesBadJsonNamingThePathAndTheRule(String name, String json, String field, String rule) {
    InvalidInputException e = rejectionOf(() -> read(json));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).startsWith(rule);
  }

  @Test
  void withholdsABadIdFromTheError() {
    InvalidInputException e = rejectionOf(() -> read(breaking("\"id\": \"heard\"", "\"id\": \"alex@example.org\"")));
    assertThat(e.offendingValue()).isEmpty();
    assertThat(e.getMessage()).doesNotContain("example");
  }

  @Test
  void refusesTextThatIsNotUnicode() {
    byte[] utf32Prefix = {0, 0, 0, '{', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    InvalidInputException e = rejectionOf(() -> Frameworks.read(new ByteArrayInputStream(utf32Prefix)));
    assertThat(e.field()).isEqualTo("framework");
  }

  static Stream<Arguments> shipped() {
    return Stream.of(
        Arguments.of(Frameworks.lundy(), "lundy", 4, 12, List.of("Lundy", "2007", "British Educational Research Journal")),
        Arguments.of(Frameworks.shier(), "shier-pathways", 5, 15, List.of("Shier", "2001", "Children & Society")),
        Arguments.of(Frameworks.hearByRight(), "hear-by-right", 7, 14, List.of("National Youth Agency", "Hear by Right",
            "evidence of dialogue and evidence of change")),
        Arguments.of(Frameworks.wholeSystemPrinciples(), "whole-system-principles", 7, 14,
            List.of("Rethink Mental Illness", "2024", "Closing the treatment gap")));
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void eachShippedFrameworkLoadsAndNamesItsSource(Framework f, String id, int elements, int questions, List<String> cited) {
    assertThat(f.id()).isEqualTo(FrameworkId.parse(id));
    assertThat(f.elements()).hasSize(elements);
    assertThat(f.questions()).hasSize(questions);
    assertThat(f.source().kind()).isEqualTo(Kind.GUIDANCE);
    assertThat(f.source().citation()).contains(cited).contains("worded by Coproduce");
    assertThat(f.version()).isEqualTo("1.0");
    Set<String> texts = new HashSet<>();
    for (Question q : f.questions()) {
      assertThat(q.text()).endsWith("?");
      assertThat(texts.add(q.text())).as("question %s is worded once", q.id()).isTrue();
    }
    assertThat(f.scales()).singleElement();
  }

  @Test
  void shippedFrameworksAreReadOnce() {
    assertThat(Frameworks.lundy()).isSameAs(Frameworks.lundy());
    assertThat(Frameworks.resource("lundy.json")).isEqualTo(Frameworks.lundy()).isNotSameAs(Frameworks.lundy());
    assertThatThrownBy(() -> Frameworks.resource("missing.json")).isInstanceOf(IllegalStateException.class)
        .hasMessage("shipped framework missing from the module: missing.json");
  }

  @Test
  void lundyHasSpaceVoiceAudienceAndInfluence() {
    Framework lundy = Frameworks.lundy();
    assertThat(lundy.elements()).extracting(Element::name).containsExactly("Space", "Voice", "Audience", "Influence");
    assertThat(lundy.elements()).allSatisfy(e -> assertThat(e.questions()).hasSize(3));
    assertThat(lundy.scales().get(0).levels()).extracting(ScoreLevel::label)
        .containsExactly("Not met", "Partly met", "Met");
    assertThat(lundy.question(QuestionId.parse("influence.on-time"))).isPresent();
  }

  @Test
  void shierHasFiveLevelsOfThreeStages() {
    Framework shier = Frameworks.shier();
    assertThat(shier.elements()).extracting(e -> e.id().value())
        .containsExactly("level-1", "level-2", "level-3", "level-4", "level-5");
    for (Element level : shier.elements()) {
      assertThat(level.questions()).extracting(q -> q.id().value()).containsExactly(
          level.id() + ".openings", level.id() + ".opportunities", level.id() + ".obligations");
    }
    assertThat(shier.scales().get(0).levels()).extracting(ScoreLevel::score).containsExactly(0, 1);
  }

  @Test
  void hearByRightHasItsSevenStandards() {
    assertThat(Frameworks.hearByRight().elements()).extracting(Element::name).containsExactly(
        "Shared values", "Strategy", "Structure", "Systems", "Staff", "Skills and knowledge", "Style of leadership");
    assertThat(Frameworks.hearByRight().scales().get(0).levels()).extracting(ScoreLevel::score)
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void theWholeSystemApproachHasItsSevenPrinciples() {
    assertThat(Frameworks.wholeSystemPrinciples().elements()).extracting(Element::name).containsExactly(
        "Preventative", "Integrated and partnership-led", "Co-produced", "Accountable", "Non-stigmatising",
        "Comprehensive and sustainably resourced", "Evidence-based and data-driven");
  }
}
