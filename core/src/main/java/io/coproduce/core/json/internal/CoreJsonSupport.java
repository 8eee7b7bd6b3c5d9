package io.coproduce.core.json.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Response;
import java.util.HashMap;
import java.util.Map;

/**
 * The lookups {@link io.coproduce.core.json.CoproduceCoreModule} registers with Jackson: value
 * and key serializers and deserializers for every core type. Each lookup matches exact classes
 * only (core types are final, records or enums, and {@link PartyId} is sealed). Immutable and
 * thread-safe; public only so the module in the exported package can reach it.
 */
public final class CoreJsonSupport {

  private final Map<Class<?>, JsonSerializer<?>> serializers = new HashMap<>();
  private final Map<Class<?>, JsonDeserializer<?>> deserializers = new HashMap<>();
  private final Map<Class<?>, KeyDeserializer> keyDeserializers = new HashMap<>();
  private final TextKeySerializer keySerializer = new TextKeySerializer();

  /** Creates the lookups. */
  public CoreJsonSupport() {
    for (CoreTypes.Entry<?> entry : CoreTypes.entries()) {
      serializers.put(entry.type(), new WriterSerializer<>(entry));
      deserializers.put(entry.type(), new TreeDeserializer<>(entry));
      if (entry.textKey()) {
        keyDeserializers.put(entry.type(), new TextKeyDeserializer(entry));
      }
    }
    @SuppressWarnings("unchecked")
    JsonSerializer<PartyId> party = (JsonSerializer<PartyId>) serializers.get(PartyId.class);
    serializers.put(PersonId.class, new IdSerializer<>(PersonId.class, party));
    serializers.put(OrganisationId.class, new IdSerializer<>(OrganisationId.class, party));
  }

  /** Returns the value serializers. */
  public Serializers serializers() {
    return new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(
          SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        if (type.hasRawClass(Response.class)) {
          return new ResponseSerializer(type.containedTypeOrUnknown(0));
        }
        return serializers.get(type.getRawClass());
      }
    };
  }

  /** Returns the map-key serializers (ids and core constants). */
  public Serializers keySerializers() {
    return new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(
          SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        return keyDeserializers.containsKey(type.getRawClass()) ? keySerializer : null;
      }
    };
  }

  /** Returns the value deserializers. */
  public Deserializers deserializers() {
    return new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        if (type.hasRawClass(Response.class)) {
          return new ResponseDeserializer(type.containedTypeOrUnknown(0));
        }
        return deserializers.get(type.getRawClass());
      }

      @Override
      public JsonDeserializer<?> findEnumDeserializer(
          Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
        return deserializers.get(type);
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return valueType == Response.class || deserializers.containsKey(valueType);
      }
    };
  }

  /** Returns the map-key deserializers (ids and core constants). */
  public KeyDeserializers keyDeserializers() {
    return (type, config, beanDesc) -> keyDeserializers.get(type.getRawClass());
  }
}
