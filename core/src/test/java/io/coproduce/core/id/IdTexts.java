package io.coproduce.core.id;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of id text for the property tests of this package. */
final class IdTexts {

  private static final String FIRST =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String REST = FIRST + "._-";

  /**
   * Allowed characters plus near misses: space, line ends, non-ASCII letters and digits, symbols.
   */
  private static final String NEAR = REST + " \t\n/@+:éıİß١０\u00a0\u200b";

  private IdTexts() {}

  /** Any text following {@link IdentifierSyntax}: 1 to 64 characters. */
  static Gen<String> valid() {
    return chars(FIRST)
        .zip(
            lists().of(chars(REST)).ofSizeBetween(0, IdentifierSyntax.MAX_LENGTH - 1),
            (first, rest) -> first + join(rest));
  }

  /** Text of any kind: valid ids, near misses, over-long ids and arbitrary Unicode. */
  static Gen<String> anyText() {
    Gen<String> nearMisses = lists().of(chars(NEAR)).ofSizeBetween(0, 70).map(IdTexts::join);
    Gen<String> unicode = strings().allPossible().ofLengthBetween(0, 70);
    Gen<String> tooLong =
        valid()
            .zip(
                integers().between(1, 10),
                (id, extra) -> id + "x".repeat(64 - id.length() + extra));
    return Generate.oneOf(valid(), nearMisses, unicode, tooLong);
  }

  private static Gen<String> chars(String alphabet) {
    List<String> choices =
        alphabet.codePoints().mapToObj(Character::toString).collect(Collectors.toList());
    return arbitrary().pick(choices);
  }

  private static String join(List<String> parts) {
    return String.join("", parts);
  }
}
