package io.coproduce.core.json.strict;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.node.TextNode;

/** Reads an id or a core constant from a JSON object key, as its value would be read. */
final class TextKeyDeserializer extends KeyDeserializer {

  private final StrictType<?> entry;

  TextKeyDeserializer(StrictType<?> entry) {
    this.entry = entry;
  }

  @Override
  public Object deserializeKey(String key, DeserializationContext ctxt) {
    return entry.reader().read(TextNode.valueOf(key), entry.root());
  }
}
