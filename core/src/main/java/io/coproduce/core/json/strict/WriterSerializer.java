package io.coproduce.core.json.strict;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;

/**
 * Writes a value with its {@link ValueWriter}. Stateless and thread-safe.
 *
 * @param <T> the model type
 */
final class WriterSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient ValueWriter<T> writer;

  WriterSerializer(StrictType<T> entry) {
    super(entry.type());
    this.writer = entry.writer();
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    writer.write(value, gen, provider);
  }

  /** Writes the value without a type id: strict types never take part in polymorphic typing. */
  @Override
  public void serializeWithType(T value, JsonGenerator gen, SerializerProvider provider,
      TypeSerializer typeSer) throws IOException {
    serialize(value, gen, provider);
  }
}
