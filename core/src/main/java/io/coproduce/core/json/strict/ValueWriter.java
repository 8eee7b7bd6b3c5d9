package io.coproduce.core.json.strict;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/**
 * Writes one value as JSON.
 *
 * @param <T> the value written
 */
@FunctionalInterface
public interface ValueWriter<T> {

  /** Writes {@code value}, which is never null. */
  void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;
}
