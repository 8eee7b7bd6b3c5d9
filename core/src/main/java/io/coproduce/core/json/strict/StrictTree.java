package io.coproduce.core.json.strict;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coproduce.core.error.InvalidInputException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads one JSON value from a parser into a tree, rejecting a property that appears twice in an
 * object (Jackson's own tree reader keeps the last one silently). Iterative, so the depth of the
 * input is limited only by the parser's {@link com.fasterxml.jackson.core.StreamReadConstraints}.
 * Leaves the parser on the value's last token, as a deserializer must. Stateless and thread-safe.
 */
public final class StrictTree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private StrictTree() {}

  /** One open object or array. */
  private static final class Frame {
    final ContainerNode<?> node;
    final String path;
    int index;

    Frame(ContainerNode<?> node, String path) {
      this.node = node;
      this.path = path;
    }
  }

  /**
   * Reads the value starting at the parser's current token (a start marker, a scalar, or a
   * property name when a caller has already consumed the object's opening brace).
   *
   * @throws InvalidInputException naming the path of a repeated property
   */
  public static JsonNode read(JsonParser p, String path) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      t = p.nextToken();
      if (t == null) {
        throw InvalidInputException.of(path, "must be present (no JSON content)", null);
      }
    }
    Deque<Frame> open = new ArrayDeque<>();
    if (t == JsonToken.START_OBJECT) {
      open.push(new Frame(NODES.objectNode(), path));
      t = p.nextToken();
    } else if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
      open.push(new Frame(NODES.objectNode(), path));
    } else if (t == JsonToken.START_ARRAY) {
      open.push(new Frame(NODES.arrayNode(), path));
      t = p.nextToken();
    } else {
      return scalar(p, t, path);
    }
    while (true) {
      Frame top = open.peek();
      if (t == null) {
        throw InvalidInputException.of(top.path, "must be complete (the JSON ended early)", null);
      }
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        open.pop();
        if (open.isEmpty()) {
          return top.node;
        }
        t = p.nextToken();
        continue;
      }
      // Paths are built only for containers (their children may need them) and for errors.
      if (top.node instanceof ObjectNode object) {
        String name = p.currentName();
        if (object.has(name)) {
          throw InvalidInputException.of(
              JsonPaths.property(top.path, name), "must not appear twice in one object", null);
        }
        t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
          open.push(new Frame(object.putObject(name), JsonPaths.property(top.path, name)));
        } else if (t == JsonToken.START_ARRAY) {
          open.push(new Frame(object.putArray(name), JsonPaths.property(top.path, name)));
        } else {
          object.set(name, scalar(p, t, top.path, name, -1));
        }
      } else {
        ArrayNode array = (ArrayNode) top.node;
        int index = top.index++;
        if (t == JsonToken.START_OBJECT) {
          open.push(new Frame(array.addObject(), JsonPaths.element(top.path, index)));
        } else if (t == JsonToken.START_ARRAY) {
          open.push(new Frame(array.addArray(), JsonPaths.element(top.path, index)));
        } else {
          array.add(scalar(p, t, top.path, null, index));
        }
      }
      t = p.nextToken();
    }
  }

  private static JsonNode scalar(JsonParser p, JsonToken t, String parent, String name, int index)
      throws IOException {
    if (t == null || !t.isScalarValue()) {
      return scalar(p, t, name == null ? JsonPaths.element(parent, index) : JsonPaths.property(parent, name));
    }
    return scalar(p, t, parent);
  }

  private static JsonNode scalar(JsonParser p, JsonToken t, String path) throws IOException {
    if (t == null) {
      throw InvalidInputException.of(path, "must be complete (the JSON ended early)", null);
    }
    return switch (t) {
      case VALUE_STRING -> NODES.textNode(p.getText());
      case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
        case INT -> NODES.numberNode(p.getIntValue());
        case LONG -> NODES.numberNode(p.getLongValue());
        default -> NODES.numberNode(p.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      case VALUE_EMBEDDED_OBJECT -> NODES.pojoNode(p.getEmbeddedObject());
      default -> throw InvalidInputException.of(path, "must be a JSON value, not " + t, null);
    };
  }
}
