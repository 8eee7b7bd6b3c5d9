package io.coproduce.core.json.strict;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one value from a JSON tree, naming {@code path} in every error.
 *
 * @param <T> the value read
 */
@FunctionalInterface
public interface NodeReader<T> {

  /**
   * Reads the value at {@code node}.
   *
   * @throws io.coproduce.core.error.InvalidInputException naming {@code path} (or a path under it)
   */
  T read(JsonNode node, String path);
}
