package io.coproduce.core.json.strict;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes an id or a constant as a JSON object key, in the same text form as the value:
 * {@code "P1"}, {@code "GB-ENG"}, {@code "13-15"}, {@code "YOUNG_PERSON"}. Stateless.
 */
final class TextKeySerializer extends StdSerializer<Object> {
  private static final long serialVersionUID = 1L;

  private final transient StrictType<?> type;

  TextKeySerializer(StrictType<?> type) {
    super(Object.class);
    this.type = type;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeFieldName(type.keyOf(value));
  }
}
