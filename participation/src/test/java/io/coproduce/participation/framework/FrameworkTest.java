package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.framework.FrameworkFixtures.MET;
import static io.coproduce.participation.framework.FrameworkFixtures.SMALL;
import static io.coproduce.participation.framework.FrameworkFixtures.SOURCE;
import static io.coproduce.participation.framework.FrameworkFixtures.YES;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrameworkTest {

  static final FrameworkId ID = FrameworkId.parse("f");
  static final Element ONE = Element.of("one", "One", List.of(Question.of("a", "A?", "npm")));
  static final Element TWO = Element.of("two", "Two", List.of(Question.of("b", "B?", "yn")));

  static Framework framework(List<ScoringScale> scales, List<Element> elements) {
    return Framework.of(ID, "F", "1", SOURCE, scales, elements);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of((Runnable) () -> framework(List.of(), List.of(ONE)), "framework.scales",
            "must hold at least one scale"),
        Arguments.of((Runnable) () -> framework(List.of(MET), List.of()), "framework.elements",
            "must hold at least one element"),
        Arguments.of((Runnable) () -> framework(List.of(MET, MET), List.of(ONE)), "framework.scales[1].id",
            "must not repeat the id of framework.scales[0]"),
        Arguments.of((Runnable) () -> framework(List.of(MET, YES), List.of(ONE, TWO, ONE)),
            "framework.elements[2].id", "must not repeat the id of framework.elements[0]"),
        Arguments.of((Runnable) () -> framework(List.of(MET, YES), List.of(ONE,
            Element.of("three", "Three", List.of(Question.of("c", "C?", "yn"), Question.of("a", "A again?", "npm"))))),
            "framework.elements[1].questions[1].id",
            "must not repeat the id of framework.elements[0].questions[0]: question ids are unique across the framework"),
        Arguments.of((Runnable) () -> framework(List.of(MET), List.of(ONE, TWO)),
            "framework.elements[1].questions[0].scale", "must name a scale of this framework (npm)"),
        Arguments.of((Runnable) () -> Framework.of(ID, " ", "1", SOURCE, List.of(MET), List.of(ONE)),
            "framework.name", "must not be blank"),
        Arguments.of((Runnable) () -> Framework.of(ID, "F", "1".repeat(65), SOURCE, List.of(MET), List.of(ONE)),
            "framework.version", "must be at most 64 characters"),
        Arguments.of((Runnable) () -> Framework.of(ID, "F".repeat(201), "1", SOURCE, List.of(MET), List.of(ONE)),
            "framework.name", "must be at most 200 characters"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void refusesFrameworksThatBreakARule(Runnable build, String field, String rule) {
    InvalidInputException e = rejectionOf(build::run);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo(rule);
  }

  @Test
  void acceptsTheLongestNameAndVersionAndAScaleNoQuestionUses() {
    Framework f = Framework.of(ID, "F".repeat(200), "1".repeat(64), SOURCE, List.of(MET, YES), List.of(ONE));
    assertThat(f.scale(ScaleId.parse("yn"))).contains(YES);
  }

  @Test
  void holdsAtMostAThousandQuestions() {
    List<Element> elements = new ArrayList<>();
    for (int e = 0; e < 10; e++) {
      int base = e * 100;
      elements.add(Element.of("e" + e, "E" + e, IntStream.range(base, base + 100)
          .mapToObj(i -> Question.of("q" + i, "Q" + i + "?", "npm")).toList()));
    }
    assertThat(framework(List.of(MET), elements).questions()).hasSize(1000);
    elements.add(Element.of("extra", "Extra", List.of(Question.of("q-extra", "One more?", "npm"))));
    InvalidInputException e = rejectionOf(() -> framework(List.of(MET), elements));
    assertThat(e.field()).isEqualTo("framework.elements[10].questions[0]");
    assertThat(e.rule()).contains("at most 1000");
  }

  @Test
  void looksUpItsParts() {
    QuestionId q2 = QuestionId.parse("q2");
    assertThat(SMALL.id()).isEqualTo(FrameworkId.parse("small"));
    assertThat(SMALL.name()).isEqualTo("A small framework");
    assertThat(SMALL.version()).isEqualTo("1.0");
    assertThat(SMALL.source()).isEqualTo(SOURCE);
    assertThat(SMALL.scales()).containsExactly(MET, YES);
    assertThat(SMALL.elements()).extracting(Element::id)
        .containsExactly(ElementId.parse("e1"), ElementId.parse("e2"));
    assertThat(SMALL.questions()).extracting(Question::id)
        .containsExactly(QuestionId.parse("q1"), q2, QuestionId.parse("q3"));
    assertThat(SMALL.question(q2)).map(Question::text).contains("Is the second thing done?");
    assertThat(SMALL.question(QuestionId.parse("nope"))).isEmpty();
    assertThat(SMALL.elementOf(QuestionId.parse("q3"))).map(Element::id).contains(ElementId.parse("e2"));
    assertThat(SMALL.elementOf(QuestionId.parse("nope"))).isEmpty();
    assertThat(SMALL.element(ElementId.parse("e2"))).map(Element::name).contains("Second");
    assertThat(SMALL.element(ElementId.parse("nope"))).isEmpty();
    assertThat(SMALL.scale(ScaleId.parse("npm"))).contains(MET);
    assertThat(SMALL.scale(ScaleId.parse("nope"))).isEmpty();
    assertThat(SMALL.toString()).isEqualTo("small 1.0");
  }

  @Test
  void equalWhenEveryPartIsEqual() {
    List<ScoringScale> scales = List.of(MET, YES);
    List<Element> elements = List.of(ONE, TWO);
    new EqualsTester()
        .addEqualityGroup(framework(scales, elements), framework(new ArrayList<>(scales), new ArrayList<>(elements)))
        .addEqualityGroup(Framework.of(FrameworkId.parse("g"), "F", "1", SOURCE, scales, elements))
        .addEqualityGroup(Framework.of(ID, "G", "1", SOURCE, scales, elements))
        .addEqualityGroup(Framework.of(ID, "F", "2", SOURCE, scales, elements))
        .addEqualityGroup(Framework.of(ID, "F", "1", RuleSource.guidance("other"), scales, elements))
        .addEqualityGroup(framework(List.of(YES, MET), elements))
        .addEqualityGroup(framework(scales, List.of(TWO, ONE)))
        .testEquals();
  }
}
