package io.coproduce.core.json.strict;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Jackson module built from {@link StrictType}s: each type is read by reading its JSON into a
 * {@link StrictTree} (so a repeated property is refused) and converting that with its strict
 * reader (so every error is an {@link io.coproduce.core.error.InvalidInputException} naming the
 * JSON path), and written by its writer. Types never take part in polymorphic typing: no type
 * ids are written or read. Lookups match exact classes only. Immutable and thread-safe.
 *
 * <p>Every Coproduce module's JSON support (core, consent, participation, reporting) is built
 * this way, so they all read as strictly as each other. A module that writes another module's
 * values nests them through Jackson ({@code provider.defaultSerializeValue}) and declares that
 * module in {@link #getDependencies()}.
 */
public class StrictModule extends Module {

  private final String name;
  private final List<Module> dependencies;
  private final Map<Class<?>, JsonSerializer<?>> serializers = new LinkedHashMap<>();
  private final Map<Class<?>, JsonDeserializer<?>> deserializers = new LinkedHashMap<>();
  private final Map<Class<?>, KeyDeserializer> keyDeserializers = new LinkedHashMap<>();
  private final Map<Class<?>, JsonSerializer<?>> keySerializers = new LinkedHashMap<>();

  /**
   * Creates a module.
   *
   * @param name the module's name, conventionally the Java module's ({@code io.coproduce.consent})
   * @param types the types it reads and writes
   * @param dependencies modules Jackson registers first (for example the core module)
   */
  protected StrictModule(String name, Collection<StrictType<?>> types, List<Module> dependencies) {
    this.name = Objects.requireNonNull(name, "name");
    this.dependencies = List.copyOf(dependencies);
    for (StrictType<?> type : types) {
      add(type);
    }
  }

  private void add(StrictType<?> type) {
    if (serializers.containsKey(type.type())) {
      throw new IllegalArgumentException("type registered twice: " + type.type().getName());
    }
    serializers.put(type.type(), new WriterSerializer<>(type));
    deserializers.put(type.type(), new TreeDeserializer<>(type));
    if (type.isKey()) {
      keyDeserializers.put(type.type(), new TextKeyDeserializer(type));
      keySerializers.put(type.type(), new TextKeySerializer(type));
    }
  }

  /**
   * Replaces the value serializer of one registered type (for types whose shape depends on the
   * declared property type, as core's ids do).
   */
  protected final void overrideSerializer(Class<?> type, JsonSerializer<?> serializer) {
    if (!serializers.containsKey(type)) {
      throw new IllegalArgumentException("type not registered: " + type.getName());
    }
    serializers.put(type, Objects.requireNonNull(serializer, "serializer"));
  }

  /** Returns the serializer registered for exactly {@code type}, or {@code null}. */
  protected final JsonSerializer<?> serializerFor(Class<?> type) {
    return serializers.get(type);
  }

  /** Returns the module's name. */
  @Override
  public String getModuleName() {
    return name;
  }

  /** Returns {@link Version#unknownVersion()}: the module's version is the library's. */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** Returns the modules Jackson registers before this one. */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return new ArrayList<>(dependencies);
  }

  /** Registers the serializers and deserializers for values and map keys. */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(valueSerializers());
    context.addKeySerializers(new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(
          SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        return keySerializers.get(type.getRawClass());
      }
    });
    context.addDeserializers(valueDeserializers());
    context.addKeyDeserializers(keyDeserializerLookup());
  }

  /** The value serializers; subclasses may wrap this to add generic types. */
  protected Serializers valueSerializers() {
    return new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(
          SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        return serializers.get(type.getRawClass());
      }
    };
  }

  /** The value deserializers; subclasses may wrap this to add generic types. */
  protected Deserializers valueDeserializers() {
    return new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        return deserializers.get(type.getRawClass());
      }

      @Override
      public JsonDeserializer<?> findEnumDeserializer(
          Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
        return deserializers.get(type);
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return deserializers.containsKey(valueType);
      }
    };
  }

  private KeyDeserializers keyDeserializerLookup() {
    return (type, config, beanDesc) -> keyDeserializers.get(type.getRawClass());
  }
}
