package io.coproduce.core.json.strict;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;

/**
 * Reads a value by reading its JSON into a strict tree and converting that, so every error
 * names a path from the value's root. Stateless and thread-safe.
 *
 * @param <T> the model type
 */
final class TreeDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final String root;
  private final transient NodeReader<T> reader;

  TreeDeserializer(StrictType<T> entry) {
    super(entry.type());
    this.root = entry.root();
    this.reader = entry.reader();
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return reader.read(StrictTree.read(p, root), root);
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  /** Reads the value without a type id: strict types never take part in polymorphic typing. */
  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) throws IOException {
    return deserialize(p, ctxt);
  }
}
