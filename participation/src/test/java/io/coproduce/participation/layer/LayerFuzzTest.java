package io.coproduce.participation.layer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coproduce.core.error.InvalidInputException;

/**
 * Any text given to {@link Layer#parse(String)} gives a layer or the documented {@link
 * InvalidInputException}. In the normal build this replays the inputs under {@code
 * src/test/resources/io/coproduce/participation/layer/LayerFuzzTestInputs/}, among them the
 * Turkish dotted and dotless i that locale-dependent case mapping gets wrong; set {@code
 * JAZZER_FUZZ=1} to fuzz.
 */
class LayerFuzzTest {

  @FuzzTest
  void anyTextParsesToALayerOrIsRefused(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Layer expected = oracle(text);
    try {
      Layer layer = Layer.parse(text);
      assertThat(layer).isEqualTo(expected);
    } catch (InvalidInputException e) {
      assertThat(expected).as("refused only what no layer is named by").isNull();
      assertThat(e.field()).isEqualTo("layer");
    }
  }

  /** Independent of the parser: ASCII-only, case-insensitive comparison after trimming spaces and controls. */
  private static Layer oracle(String text) {
    String t = text.trim();
    for (Layer l : Layer.values()) {
      if (t.length() == l.name().length()) {
        boolean same = true;
        for (int i = 0; i < t.length() && same; i++) {
          char a = t.charAt(i);
          char b = l.name().charAt(i);
          same = a == b || (a >= 'a' && a <= 'z' && a - 'a' + 'A' == b);
        }
        if (same) {
          return l;
        }
      }
    }
    return null;
  }
}
