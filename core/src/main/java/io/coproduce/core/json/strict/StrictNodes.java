package io.coproduce.core.json.strict;

import com.fasterxml.jackson.databind.JsonNode;
import io.coproduce.core.error.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Typed access to a JSON tree for strict readers: every error is an {@link InvalidInputException}
 * that names the JSON path, and never shows a value unless it is known not to be personal (ids,
 * and constant names outside a person's sensitive fields). Stateless and thread-safe.
 */
public final class StrictNodes {

  private StrictNodes() {}

  /** The fields of one JSON object, already checked for unknown properties. */
  public static final class Fields {
    private final JsonNode object;
    private final String path;

    private Fields(JsonNode object, String path) {
      this.object = object;
      this.path = path;
    }

    /** The path of property {@code name}. */
    public String path(String name) {
      return JsonPaths.property(path, name);
    }

    /** The path of the object itself. */
    public String path() {
      return path;
    }

    /** A property as given: {@code null} when absent, a null node when JSON null. */
    public JsonNode get(String name) {
      return object.get(name);
    }

    /** A property that must be present and not null. */
    public JsonNode required(String name) {
      JsonNode value = object.get(name);
      if (value == null) {
        throw InvalidInputException.of(path(name), "is required", null);
      }
      if (value.isNull()) {
        throw InvalidInputException.of(path(name), "must not be null", null);
      }
      return value;
    }

    /** A property that may be absent or null: {@code null} either way. */
    public JsonNode optional(String name) {
      JsonNode value = object.get(name);
      return value == null || value.isNull() ? null : value;
    }
  }

  /**
   * Checks that {@code node} is an object with no property outside {@code known}.
   *
   * @throws InvalidInputException naming the path, or the path of the first unknown property
   */
  public static Fields object(JsonNode node, String path, List<String> known) {
    if (!node.isObject()) {
      throw wrongType(path, "a JSON object", node);
    }
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String name = property.getKey();
      if (!known.contains(name)) {
        throw InvalidInputException.of(
            JsonPaths.property(path, name),
            "is not a known property; expected " + String.join(", ", known),
            null);
      }
    }
    return new Fields(node, path);
  }

  /** A JSON array. */
  public static JsonNode array(JsonNode node, String path) {
    if (!node.isArray()) {
      throw wrongType(path, "a JSON array", node);
    }
    return node;
  }

  /** A JSON string. */
  public static String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw wrongType(path, "a JSON string", node);
    }
    return node.textValue();
  }

  /** A JSON string that is not blank. */
  public static String nonBlankText(JsonNode node, String path) {
    String text = text(node, path);
    if (text.isBlank()) {
      throw InvalidInputException.of(path, "must not be blank", null);
    }
    return text;
  }

  /** {@code true} or {@code false}. */
  public static boolean bool(JsonNode node, String path) {
    if (!node.isBoolean()) {
      throw wrongType(path, "true or false", node);
    }
    return node.booleanValue();
  }

  /** A JSON integer in the range of a Java {@code int}. */
  public static int integer(JsonNode node, String path) {
    if (!node.isIntegralNumber()) {
      throw wrongType(path, "a whole number", node);
    }
    if (!node.canConvertToInt()) {
      throw InvalidInputException.of(path, "must be a whole number from " + Integer.MIN_VALUE
          + " to " + Integer.MAX_VALUE, null);
    }
    return node.intValue();
  }

  /**
   * An ISO date such as {@code 2026-03-01}. Dates may be personal (a claim from a birth is the
   * date of birth), so a bad one is never shown.
   */
  public static LocalDate date(JsonNode node, String path) {
    String text = text(node, path);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.personal(path, "must be an ISO date such as 2026-03-01");
    }
  }

  /**
   * An ISO instant such as {@code 2026-03-01T10:15:30Z}. A bad one is never shown, since an
   * instant may be personal (when someone was seen).
   */
  public static Instant instant(JsonNode node, String path) {
    String text = text(node, path);
    try {
      return IsoInstants.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.personal(path, "must be an ISO instant such as 2026-03-01T10:15:30Z");
    }
  }

  /** A JSON array whose elements are read with {@code reader}, element paths {@code path[i]}. */
  public static <T> List<T> list(JsonNode node, String path, NodeReader<T> reader) {
    array(node, path);
    List<T> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(reader.read(node.get(i), JsonPaths.element(path, i)));
    }
    return out;
  }

  /** A constant of {@code type} by its exact name. */
  public static <E extends Enum<E>> E constant(JsonNode node, String path, Class<E> type) {
    String text = text(node, path);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    throw InvalidInputException.of(path, "must be one of " + names(type), text);
  }

  /** The constant names of {@code type}, comma-separated. */
  public static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** Reads with {@code reader}, withholding the offending value from any error. */
  public static <T> NodeReader<T> personal(NodeReader<T> reader) {
    return (node, path) -> {
      try {
        return reader.read(node, path);
      } catch (InvalidInputException e) {
        throw e.offendingValue().isEmpty() ? e : InvalidInputException.personal(e.field(), e.rule());
      }
    };
  }

  /**
   * The same failure reported at {@code path}, as raised by a model type's own parser (which
   * names its own field). Keeps the value only where the model type showed it.
   */
  public static InvalidInputException at(String path, InvalidInputException e) {
    return InvalidInputException.of(path, e.rule(), e.offendingValue().orElse(null), e);
  }

  /**
   * The same failure reported at {@code path}, without the value or the original exception:
   * for values about a person (a birth, an age, an access need).
   */
  public static InvalidInputException personalAt(String path, InvalidInputException e) {
    return InvalidInputException.personal(path, e.rule());
  }

  /**
   * A failure raised by a model type's constructor, whose field is {@code type.property}, moved
   * under the object at {@code path}: {@code responsibilityClaim.holder} becomes
   * {@code path + ".holder"}.
   */
  public static InvalidInputException under(String path, InvalidInputException e) {
    return InvalidInputException.of(
        fieldUnder(path, e.field()), e.rule(), e.offendingValue().orElse(null), e);
  }

  /** {@code field} ({@code type.property}) moved under {@code path}. */
  public static String fieldUnder(String path, String field) {
    int dot = field.indexOf('.');
    return dot < 0 ? path : path + field.substring(dot);
  }

  /** A wrong JSON type: names the type found, never the value. */
  public static InvalidInputException wrongType(String path, String expected, JsonNode found) {
    return InvalidInputException.of(path, "must be " + expected + ", not " + describe(found), null);
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case NULL -> "null";
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case BINARY -> "binary data";
      case POJO -> "an embedded Java object";
      case MISSING -> "nothing";
    };
  }
}
