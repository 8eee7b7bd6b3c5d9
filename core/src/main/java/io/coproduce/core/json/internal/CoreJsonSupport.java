package io.coproduce.core.json.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.json.strict.NodeReader;
import io.coproduce.core.json.strict.StrictType;
import io.coproduce.core.json.strict.ValueWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link io.coproduce.core.json.CoproduceCoreModule} is built from: the strict types of
 * the core model, and the serializers for what a {@link StrictType} cannot express (ids that
 * take the {@code PartyId} shape where a property is declared as one, and the generic {@code
 * Response}). Stateless; public only so the module in the exported package can reach it.
 */
public final class CoreJsonSupport {

  private CoreJsonSupport() {}

  /** Returns every core type, in registration order. */
  public static List<StrictType<?>> types() {
    List<StrictType<?>> out = new ArrayList<>();
    CoreTypes.entries().forEach(out::add);
    return out;
  }

  /** Returns the strict type of exactly {@code type}, or {@code null} when it is not a core type. */
  @SuppressWarnings("unchecked")
  public static <T> StrictType<T> type(Class<T> type) {
    return (StrictType<T>) CoreTypes.entry(type);
  }

  /** Returns the strict reader of a core type, or {@code null}. */
  public static <T> NodeReader<T> reader(Class<T> type) {
    StrictType<T> entry = type(type);
    return entry == null ? null : entry.reader();
  }

  /** Returns the writer of a core type, or {@code null}. */
  public static <T> ValueWriter<T> writer(Class<T> type) {
    StrictType<T> entry = type(type);
    return entry == null ? null : entry.writer();
  }

  /** The serializer of an id that switches to {@code party} in a property declared as {@code PartyId}. */
  public static <T extends PartyId> JsonSerializer<T> idSerializer(
      Class<T> type, JsonSerializer<PartyId> party) {
    return new IdSerializer<>(type, party);
  }

  /** The serializer of a {@code Response} of {@code answerType}. */
  public static JsonSerializer<?> responseSerializer(JavaType answerType) {
    return new ResponseSerializer(answerType);
  }

  /** The deserializer of a {@code Response} of {@code answerType}. */
  public static JsonDeserializer<?> responseDeserializer(JavaType answerType) {
    return new ResponseDeserializer(answerType);
  }
}
