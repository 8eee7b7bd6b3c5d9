package io.coproduce.core.json.strict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPathsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "id|person.id", "_x|person._x", "a1|person.a1", "Z9_z|person.Z9_z",
      "1a|person[\"1a\"]", "first name|person[\"first name\"]", "a-b|person[\"a-b\"]", "a.b|person[\"a.b\"]",
      "é|person[\"é\"]", "a@|person[\"a@\"]", "a`|person[\"a`\"]", "a{|person[\"a{\"]", "a[|person[\"a[\"]",
      "a/|person[\"a/\"]", "a:|person[\"a:\"]"})
  void writesPlainNamesWithADotAndQuotesTheRest(String name, String path) {
    assertThat(JsonPaths.property("person", name)).isEqualTo(path);
  }

  @ParameterizedTest
  @CsvSource({"64,true", "65,false", "1,true"})
  void plainNamesAreAtMost64Characters(int length, boolean plain) {
    assertThat(JsonPaths.isPlain("a".repeat(length))).isEqualTo(plain);
  }

  @ParameterizedTest
  @CsvSource({"0,person[0]", "12,person[12]"})
  void writesElements(int index, String path) {
    assertThat(JsonPaths.element("person", index)).isEqualTo(path);
  }
}
