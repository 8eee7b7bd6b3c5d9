package io.coproduce.core.json.strict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

class IsoInstantsTest {

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-01T10:15:30Z", "2026-03-01T10:15:30.100Z", "2026-03-01T10:15:30.000100Z",
      "2026-03-01T10:15:30.000000001Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
      "1970-01-01T00:00:00Z", "2024-02-29T12:00:00Z", "1969-12-31T23:59:59Z"})
  void formatsAndParsesAsInstantDoes(String text) {
    Instant instant = Instant.parse(text);
    assertThat(IsoInstants.format(instant)).isEqualTo(instant.toString()).isEqualTo(text);
    assertThat(IsoInstants.parse(text)).isEqualTo(instant);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-01T10:15:30.1Z", "2026-03-01T10:15Z", "2026-03-01T23:59:60Z",
      "+10000-01-01T00:00:00Z", "2026-03-01T10:15:30.12Z"})
  void fallsBackToInstantParseOutsideTheFastForm(String text) {
    Throwable expected = catchThrowable(() -> Instant.parse(text));
    Throwable actual = catchThrowable(() -> IsoInstants.parse(text));
    if (expected == null) {
      assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(text));
    } else {
      assertThat(actual).isInstanceOf(DateTimeParseException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30T10:15:30Z", "2026-13-01T10:15:30Z", "2026-03-01T24:15:30Z",
      "2026-03-01T10:60:30Z", "2026-03-01X10:15:30Z", "2026-03-01T10:15:30", "2026-0a-01T10:15:30Z", ""})
  void rejectsWhatInstantParseRejects(String text) {
    assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> IsoInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void formatsYearsOutsideFourDigitsAsInstantDoes() {
    Instant far = Instant.parse("+12026-01-01T00:00:00Z");
    assertThat(IsoInstants.format(far)).isEqualTo(far.toString());
    Instant early = Instant.ofEpochSecond(-62_167_219_201L);
    assertThat(IsoInstants.format(early)).isEqualTo(early.toString());
  }

  @Test
  void agreesWithInstantOnAnyInstant() {
    qt().withFixedSeed(20261201L)
        .forAll(SourceDSL.longs().between(-62_167_219_200L, 253_402_300_799L), SourceDSL.integers().between(0, 3),
            SourceDSL.integers().between(0, 999_999_999))
        .checkAssert((seconds, shape, nanos) -> {
          int nano = switch (shape) {
            case 0 -> 0;
            case 1 -> nanos / 1_000_000 * 1_000_000;
            case 2 -> nanos / 1_000 * 1_000;
            default -> nanos;
          };
          Instant instant = Instant.ofEpochSecond(seconds, nano);
          String text = IsoInstants.format(instant);
          assertThat(text).isEqualTo(instant.toString());
          assertThat(IsoInstants.parse(text)).isEqualTo(instant);
        });
  }

  @Test
  void anyTextParsesAsInstantParseDoes() {
    qt().withFixedSeed(20261201L)
        .forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 32))
        .checkAssert(text -> {
          Throwable expected = catchThrowable(() -> Instant.parse(text));
          if (expected == null) {
            assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(text));
          } else {
            assertThat(catchThrowable(() -> IsoInstants.parse(text))).isInstanceOf(DateTimeParseException.class);
          }
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-01T10:15:30Z", "2026-03-01T10:15:30.100Z", "2026-03-01T10:15:30.000100Z",
      "2026-03-01T10:15:30.000000001Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
      "2024-02-29T23:59:59Z", "2026-12-31T00:00:00Z", "2026-01-31T01:01:01Z", "2026-10-10T10:10:10Z"})
  void readsTheFastFormWithoutFallingBack(String text) {
    assertThat(IsoInstants.parseFast(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-01T10:15:30.1Z", "2026-03-01T10:15:30", "2026-03-01T10:15:30+00:00",
      "2026-03-01 10:15:30Z", "2026/03/01T10:15:30Z", "2026-03-01T10-15-30Z", "2026-03-01T10:15-30Z",
      "2026-03-01T10:15:30,100Z", "2026-03-01T10:15:30.1000Z", "2026-00-01T10:15:30Z", "2026-13-01T10:15:30Z",
      "2026-02-29T10:15:30Z", "2026-04-31T10:15:30Z", "2026-03-00T10:15:30Z", "2026-03-01T24:00:00Z",
      "2026-03-01T10:60:30Z", "2026-03-01T10:15:60Z", "20a6-03-01T10:15:30Z", "2026-03-01T10:15:30.1x0Z",
      "2026-03-01T10:15:3/Z", "2026-03-01T10:15::0Z"})
  void leavesEverythingElseToInstantParse(String text) {
    assertThat(IsoInstants.parseFast(text)).isNull();
  }
}
