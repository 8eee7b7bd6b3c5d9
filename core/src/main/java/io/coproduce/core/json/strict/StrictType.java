package io.coproduce.core.json.strict;

import java.util.Objects;
import java.util.function.Function;

/**
 * How one model type is read and written by a {@link StrictModule}: the name its errors start
 * with at the root of a document, a strict reader, a writer, and (for ids and constants) the
 * text it takes as a JSON object key. Immutable and thread-safe.
 *
 * @param type the class; matched exactly, so model types are final classes, records or enums
 * @param root the path errors start with when the value is read at the root (for example
 *     {@code "consentEvent"})
 * @param reader reads the value from a strict tree
 * @param writer writes the value
 * @param keyText the text of the value as a map key, or {@code null} when it is never a key
 * @param <T> the model type
 */
public record StrictType<T>(
    Class<T> type, String root, NodeReader<T> reader, ValueWriter<T> writer,
    Function<? super T, String> keyText) {

  /** Validates the entry. */
  public StrictType {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(writer, "writer");
  }

  /** A type that is never a map key. */
  public static <T> StrictType<T> of(
      Class<T> type, String root, NodeReader<T> reader, ValueWriter<T> writer) {
    return new StrictType<>(type, root, reader, writer, null);
  }

  /** A type written as a string and also usable as a map key, in the same text form. */
  public static <T> StrictType<T> text(
      Class<T> type, String root, NodeReader<T> reader, Function<? super T, String> text) {
    Objects.requireNonNull(text, "text");
    return new StrictType<>(type, root, reader, (v, g, p) -> g.writeString(text.apply(v)), text);
  }

  /**
   * An enum written by its constant name, read back only by its exact name, and usable as a
   * map key. Errors start with {@code root} and list the constant names.
   */
  public static <E extends Enum<E>> StrictType<E> constant(Class<E> type, String root) {
    return text(type, root, (node, path) -> StrictNodes.constant(node, path, type), Enum::name);
  }

  /** Whether the type is also read and written as a JSON object key. */
  public boolean isKey() {
    return keyText != null;
  }

  /** The key text of {@code value}, which must be of this type. */
  String keyOf(Object value) {
    return keyText.apply(type.cast(value));
  }
}
