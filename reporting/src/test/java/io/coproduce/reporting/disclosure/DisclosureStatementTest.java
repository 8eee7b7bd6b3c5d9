package io.coproduce.reporting.disclosure;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.Reason;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DisclosureStatementTest {

  static final List<Reason> RULES = DisclosurePolicy.nhsDefault().rules();

  @Test
  void addsUpTheSuppressedCells() {
    DisclosureStatement s = new DisclosureStatement(true, "NHS", RULES, 3, 2, 1, 9);

    assertThat(s.suppressed()).isEqualTo(6);
  }

  static Stream<Arguments> negativeTallies() {
    return Stream.of(
        Arguments.of(-1, 0, 0, 0),
        Arguments.of(0, -1, 0, 0),
        Arguments.of(0, 0, -1, 0),
        Arguments.of(0, 0, 0, -1));
  }

  @ParameterizedTest(name = "tallies {0}, {1}, {2}, {3} are refused")
  @MethodSource("negativeTallies")
  void refusesNegativeTallies(int primary, int secondary, int derived, int rounded) {
    var e = rejectionOf(() -> new DisclosureStatement(true, "NHS", RULES, primary, secondary, derived, rounded));

    assertThat(e.field()).isEqualTo("disclosureStatement");
  }

  @Test
  void refusesABlankPolicyName() {
    assertThat(rejectionOf(() -> new DisclosureStatement(true, " ", RULES, 0, 0, 0, 0)).field())
        .isEqualTo("disclosureStatement.policy");
  }

  @Test
  void aStatementForPublicationNamesItsRules() {
    assertThat(rejectionOf(() -> new DisclosureStatement(true, "NHS", List.of(), 0, 0, 0, 0)).field())
        .isEqualTo("disclosureStatement.rules");
    assertThat(new DisclosureStatement(false, "internal", List.of(), 0, 0, 0, 0).rules()).isEmpty();
  }
}
