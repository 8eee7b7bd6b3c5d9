package io.coproduce.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.coproduce.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class JurisdictionPropertiesTest {

  private static final Gen<Jurisdiction> JURISDICTIONS = arbitrary().enumValues(Jurisdiction.class);
  private static final Gen<String> WHITESPACE =
      lists()
          .of(arbitrary().pick(" ", "\t", "\n", "\r"))
          .ofSizeBetween(0, 3)
          .map(s -> String.join("", s));

  @Test
  void parseReadsBackTheCode() {
    qt().withFixedSeed(20261123L)
        .forAll(JURISDICTIONS)
        .checkAssert(
            j -> {
              assertThat(Jurisdiction.parse(j.code())).isEqualTo(j);
              assertThat(Jurisdiction.parse(j.toString())).isEqualTo(j);
              assertThat(Jurisdiction.parse(j.name())).isEqualTo(j);
            });
  }

  @Test
  void parseIgnoresCaseAndSurroundingWhitespace() {
    qt().withFixedSeed(20261123L)
        .forAll(JURISDICTIONS, integers().all(), WHITESPACE, WHITESPACE)
        .checkAssert(
            (j, caseBits, before, after) -> {
              assertThat(Jurisdiction.parse(before + mixCase(j.code(), caseBits) + after))
                  .isEqualTo(j);
              assertThat(Jurisdiction.parse(before + mixCase(j.name(), caseBits) + after))
                  .isEqualTo(j);
            });
  }

  @Test
  void anyStringGivesAJurisdictionOrInvalidInputException() {
    Gen<String> pieces =
        lists()
            .of(
                arbitrary()
                    .pick(
                        List.of(
                            "GB",
                            "-",
                            "_",
                            "ENG",
                            "wls",
                            "Sct",
                            "NIR",
                            "northern",
                            "IRELAND",
                            " ",
                            "\t",
                            "ı",
                            "İ",
                            "x")))
            .ofSizeBetween(0, 5)
            .map(s -> String.join("", s));
    qt().withFixedSeed(20261123L)
        .forAll(Generate.oneOf(pieces, strings().allPossible().ofLengthBetween(0, 20)))
        .checkAssert(
            text -> {
              Throwable thrown = catchThrowable(() -> Jurisdiction.parse(text));
              if (thrown != null) {
                assertThat(thrown).isInstanceOf(InvalidInputException.class);
                assertThat(((InvalidInputException) thrown).field()).isEqualTo("jurisdiction");
              }
            });
  }

  private static String mixCase(String text, int bits) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append((bits >>> (i % 32) & 1) == 1 ? Character.toLowerCase(c) : c);
    }
    return out.toString();
  }
}
