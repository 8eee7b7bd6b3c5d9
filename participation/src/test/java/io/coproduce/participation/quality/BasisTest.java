package io.coproduce.participation.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BasisTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "COMPUTED, true, false",
      "COMPUTED_OVER_DECLARATION, true, false",
      "DECLARED, false, true",
      "DECLARED_SHORTFALL, false, true",
      "NO_EVIDENCE, false, false"})
  void saysWhetherTheStatusWasComputedOrDeclared(Basis basis, boolean computed, boolean declared) {
    assertThat(basis.isComputed()).isEqualTo(computed);
    assertThat(basis.isDeclared()).isEqualTo(declared);
  }
}
