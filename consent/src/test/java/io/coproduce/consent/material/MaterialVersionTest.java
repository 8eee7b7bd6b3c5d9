package io.coproduce.consent.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

class MaterialVersionTest {

  @ParameterizedTest
  @CsvSource({"1.0,1,0", "2.1,2,1", "9999.9999,9999,9999", "01.00,1,0"})
  void parsesMajorDotMinor(String text, int major, int minor) {
    assertThat(MaterialVersion.parse(text)).isEqualTo(MaterialVersion.of(major, minor));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "1.", ".1", "1.2.3", "a.b", "-1.0", "10000.0", "0.5", "1.00000", " 1.0", "1,0"})
  void rejectsOtherTextNamingTheField(String text) {
    assertThatThrownBy(() -> MaterialVersion.parse(text))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).startsWith("materialVersion"));
  }

  @Test
  void rejectsNullAndOutOfRangeParts() {
    assertThatThrownBy(() -> MaterialVersion.parse(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> MaterialVersion.of(0, 0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("materialVersion.major"));
    assertThatThrownBy(() -> MaterialVersion.of(1, -1))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("materialVersion.minor"));
    assertThatThrownBy(() -> MaterialVersion.of(1, 10_000)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> MaterialVersion.of(10_000, 0)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void onlyAHigherMajorIsAMaterialChange() {
    MaterialVersion v1 = MaterialVersion.of(1, 4);
    assertThat(v1.isMateriallyChangedBy(MaterialVersion.of(2, 0))).isTrue();
    assertThat(v1.isMateriallyChangedBy(MaterialVersion.of(1, 9))).isFalse();
    assertThat(v1.isMateriallyChangedBy(MaterialVersion.of(1, 0))).isFalse();
    assertThat(MaterialVersion.of(3, 0).isMateriallyChangedBy(MaterialVersion.of(2, 9))).isFalse();
  }

  @Test
  void ordersByMajorThenMinor() {
    assertThat(MaterialVersion.of(1, 9)).isLessThan(MaterialVersion.of(2, 0));
    assertThat(MaterialVersion.of(2, 1)).isGreaterThan(MaterialVersion.of(2, 0));
    assertThat(MaterialVersion.of(2, 1).compareTo(MaterialVersion.of(2, 1))).isZero();
  }

  @Test
  void parseReadsBackToString() {
    qt().withFixedSeed(20261201L)
        .forAll(SourceDSL.integers().between(1, 9999), SourceDSL.integers().between(0, 9999))
        .checkAssert((major, minor) -> {
          MaterialVersion v = MaterialVersion.of(major, minor);
          assertThat(MaterialVersion.parse(v.toString())).isEqualTo(v);
        });
  }
}
