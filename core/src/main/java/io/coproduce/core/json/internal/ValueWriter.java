package io.coproduce.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/**
 * Writes one core value as JSON.
 *
 * @param <T> the value written
 */
@FunctionalInterface
interface ValueWriter<T> {

  /** Writes {@code value}, which is never null. */
  void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;
}
