package io.coproduce.participation.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.session.SessionId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionCheckTest {

  private static final RuleSource SRC = RuleSource.guidance("g");
  private static final PersonId A = PersonId.parse("a");

  private static Finding f(Severity s, String rule) {
    return Finding.of(s, rule, "found", SRC, List.of(A));
  }

  @Test
  void ordersFindingsMostSeriousFirstKeepingTheRulesOrder() {
    SessionCheck c = new SessionCheck(SessionId.parse("s"), Instant.EPOCH,
        List.of(f(Severity.ADVICE, "r1"), f(Severity.BLOCKER, "r2"), f(Severity.WARNING, "r3"), f(Severity.BLOCKER, "r4")));

    assertThat(c.findings()).extracting(Finding::rule).containsExactly("r2", "r4", "r3", "r1");
    assertThat(c.blocks()).isTrue();
    assertThat(c.findings(Severity.WARNING)).extracting(Finding::rule).containsExactly("r3");
    assertThat(c.byRule("r4")).hasSize(1);
    assertThat(c.hasFinding("r1", A)).isTrue();
    assertThat(c.hasFinding("r1", PersonId.parse("b"))).isFalse();
    assertThat(c.hasFinding("r9", A)).isFalse();
  }

  @Test
  void withoutBlockersItDoesNotBlock() {
    SessionCheck c = new SessionCheck(SessionId.parse("s"), Instant.EPOCH, List.of(f(Severity.WARNING, "w")));

    assertThat(c.blocks()).isFalse();
    assertThat(new SessionCheck(SessionId.parse("s"), Instant.EPOCH, List.of()).blocks()).isFalse();
  }
}
