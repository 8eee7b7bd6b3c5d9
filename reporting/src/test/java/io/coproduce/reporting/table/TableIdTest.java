package io.coproduce.reporting.table;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "reach-by-age-band", "q4-2026", "x1"})
  void acceptsLowerCaseWordsJoinedBySingleHyphens(String id) {
    assertThat(TableId.of(id)).hasToString(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1a", "-a", "a-", "a--b", "A", "a_b", "a b", "a/b", "a.csv"})
  void refusesAnythingElse(String id) {
    var e = rejectionOf(() -> TableId.of(id));

    assertThat(e.field()).isEqualTo("tableId");
    assertThat(e.rule()).isEqualTo(TableId.RULE);
  }

  @Test
  void acceptsAtMost64Characters() {
    assertThat(TableId.of("a".repeat(64)).value()).hasSize(64);
    assertThat(rejectionOf(() -> TableId.of("a".repeat(65))).field()).isEqualTo("tableId");
  }
}
