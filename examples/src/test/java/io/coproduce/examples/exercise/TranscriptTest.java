package io.coproduce.examples.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTest {

  @Test
  void laysOutEveryPartAndRemembersTheRulesShown() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Transcript t = Transcript.to(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    Reason a = Reason.of("rule.a", "A happened.", RuleSource.law("Act 1 s.1"));
    Reason b = Reason.of("rule.b", "B happened.", RuleSource.guidance("Guide 2"));

    t.title(new VoiceReachExercise());
    t.situation("one");
    t.fact("a fact");
    t.asks("a question?");
    t.answer("an answer");
    t.detail("a detail");
    t.reason(a);
    t.reason("BLOCKER", b);
    t.reasons(List.of(a));
    t.end();

    String n = System.lineSeparator();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
        "== Exercise voice-reach: Whose voice reached the national forum?" + n + n
            + "SITUATION: one" + n + "  - a fact" + n + "  ? a question?" + n + "LIBRARY'S ANSWER: an answer" + n
            + "  a detail" + n
            + "  - [rule.a] A happened." + n + "      source: Act 1 s.1 [law]" + n
            + "  - BLOCKER [rule.b] B happened." + n + "      source: Guide 2 [guidance]" + n
            + "  - [rule.a] A happened." + n + "      source: Act 1 s.1 [law]" + n + n);
    assertThat(t.rulesShown()).containsExactly("rule.a", "rule.b", "rule.a");
  }
}
