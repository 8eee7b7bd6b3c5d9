package io.coproduce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coproduce.core.error.InvalidInputException;
import java.math.BigInteger;

/**
 * Any text given to {@link TrainingSize#parse(String)} gives a size or the documented {@link
 * InvalidInputException} naming {@code size}, and a size exactly when an independent reading
 * accepts the text. In the normal build this replays the inputs under {@code
 * src/test/resources/io/coproduce/examples/cli/TrainingSizeFuzzTestInputs/}; set {@code
 * JAZZER_FUZZ=1} to fuzz.
 */
class TrainingSizeFuzzTest {

  @FuzzTest
  void anyTextIsASizeOrRefused(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    TrainingSize expected = oracle(text);
    try {
      TrainingSize size = TrainingSize.parse(text);
      assertThat(size).isEqualTo(expected);
      assertThat(TrainingSize.parse(size.toString())).isEqualTo(size);
    } catch (InvalidInputException e) {
      assertThat(expected).as("refused only what is no size").isNull();
      assertThat(e.field()).isEqualTo("size");
    }
  }

  /** Independent of the parser: ASCII case folding by hand, numbers through BigInteger. */
  private static TrainingSize oracle(String text) {
    String t = text.strip();
    for (TrainingSize.Preset p : TrainingSize.Preset.values()) {
      if (t.length() == p.name().length()) {
        boolean same = true;
        for (int i = 0; i < t.length() && same; i++) {
          char a = t.charAt(i);
          char b = p.name().charAt(i);
          same = a == b || (a >= 'a' && a <= 'z' && a - 'a' + 'A' == b);
        }
        if (same) {
          return TrainingSize.of(p);
        }
      }
    }
    if (t.isEmpty() || t.length() > 14 || t.startsWith("_") || t.endsWith("_") || t.contains("__")) {
      return null;
    }
    for (char c : t.toCharArray()) {
      if (c != '_' && (c < '0' || c > '9')) {
        return null;
      }
    }
    BigInteger n = new BigInteger(t.replace("_", ""));
    if (n.compareTo(BigInteger.valueOf(TrainingSize.FEWEST_YOUNG_PEOPLE)) < 0
        || n.compareTo(BigInteger.valueOf(TrainingSize.MOST_YOUNG_PEOPLE)) > 0) {
      return null;
    }
    return TrainingSize.ofYoungPeople(n.intValueExact());
  }
}
