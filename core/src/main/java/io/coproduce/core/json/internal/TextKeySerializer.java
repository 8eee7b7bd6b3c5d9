package io.coproduce.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.coproduce.core.id.PartyId;
import java.io.IOException;

/**
 * Writes an id or a core constant as a JSON object key, in the same text form as the value:
 * {@code "P1"}, {@code "GB-ENG"}, {@code "13-15"}, {@code "YOUNG_PERSON"}. Stateless.
 */
final class TextKeySerializer extends StdSerializer<Object> {
  private static final long serialVersionUID = 1L;

  TextKeySerializer() {
    super(Object.class);
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeFieldName(value instanceof PartyId id ? id.value() : CoreWriters.constantText((Enum<?>) value));
  }
}
