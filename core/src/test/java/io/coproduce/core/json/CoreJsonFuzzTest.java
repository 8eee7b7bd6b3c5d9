package io.coproduce.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.person.Person;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * For any input, reading a core value gives a value or one of the documented exceptions:
 *
 * <ul>
 *   <li>{@link InvalidInputException} for well-formed JSON that is not a valid core value;
 *   <li>{@link JsonProcessingException} for malformed JSON (bad syntax, truncated input, the
 *       parser's limits), raised by Jackson;
 *   <li>only when reading raw bytes: {@link CharConversionException}, which Jackson's own
 *       encoding detection raises for invalid UTF-32 whatever the target type (it is an {@code
 *       IOException} but not a {@code JsonProcessingException}; hosts that read text avoid it).
 * </ul>
 *
 * <p>Anything else (a {@code NullPointerException}, an {@code IllegalArgumentException}, a
 * stack overflow) is a bug. A value that is read also writes back to JSON that reads as the
 * same value. In a normal build this runs the regression inputs under {@code
 * CoreJsonFuzzTestInputs}; run with {@code JAZZER_FUZZ=1} to fuzz.
 */
class CoreJsonFuzzTest {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new CoproduceCoreModule());

  @FuzzTest(maxDuration = "60s")
  void readsPersonFromText(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      assertRoundTrips(MAPPER.readValue(text, Person.class), Person.class);
    } catch (InvalidInputException | JsonProcessingException expected) {
      // documented outcomes
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readsPersonFromBytes(byte[] input) throws IOException {
    try {
      assertRoundTrips(MAPPER.readValue(input, Person.class), Person.class);
    } catch (InvalidInputException | JsonProcessingException expected) {
      // documented outcomes
    } catch (CharConversionException e) {
      assertThatJacksonAloneRejects(input);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void readsClaimFromText(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      assertRoundTrips(MAPPER.readValue(text, ResponsibilityClaim.class), ResponsibilityClaim.class);
    } catch (InvalidInputException | JsonProcessingException expected) {
      // documented outcomes
    }
  }

  private static <T> void assertRoundTrips(T value, Class<T> type) throws JsonProcessingException {
    if (value != null) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(value), type)).isEqualTo(value);
    }
  }

  /** The same bytes fail the same way as a plain JSON tree: Jackson's decoding, not the module. */
  private static void assertThatJacksonAloneRejects(byte[] input) {
    try {
      new ObjectMapper().readTree(input);
    } catch (CharConversionException | JsonProcessingException expected) {
      return;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the module raised CharConversionException on input Jackson reads");
  }
}
