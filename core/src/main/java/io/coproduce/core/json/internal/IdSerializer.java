package io.coproduce.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.person.Response;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;

/**
 * Writes a {@link io.coproduce.core.id.PersonId} or {@link io.coproduce.core.id.OrganisationId}
 * as its text, except in a property declared as {@link PartyId} (or a collection, map, optional
 * or {@link Response} of them): Jackson picks serializers by the runtime class there, and the
 * {@code {"kind", "id"}} object must be written so the value reads back as a {@code PartyId}.
 *
 * @param <T> the id type
 */
final class IdSerializer<T extends PartyId> extends StdSerializer<T> implements ContextualSerializer {
  private static final long serialVersionUID = 1L;

  private final JsonSerializer<PartyId> partySerializer;

  IdSerializer(Class<T> type, JsonSerializer<PartyId> partySerializer) {
    super(type);
    this.partySerializer = partySerializer;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.value());
  }

  @Override
  public JsonSerializer<?> createContextual(SerializerProvider prov, BeanProperty property) {
    return property != null && declaresPartyId(property.getType()) ? partySerializer : this;
  }

  /** Whether {@code type} is {@code PartyId}, or holds {@code PartyId} values. */
  static boolean declaresPartyId(JavaType type) {
    JavaType t = type;
    for (int depth = 0; t != null && depth < 8; depth++) {
      if (t.hasRawClass(PartyId.class)) {
        return true;
      }
      if (t.isContainerType() || t.isReferenceType()) {
        t = t.getContentType();
      } else if (t.hasRawClass(Response.class)) {
        t = t.containedType(0);
      } else {
        return false;
      }
    }
    return false;
  }

  /** Writes the value without a type id: core types never take part in polymorphic typing. */
  @Override
  public void serializeWithType(T value, JsonGenerator gen, SerializerProvider provider,
      TypeSerializer typeSer) throws IOException {
    serialize(value, gen, provider);
  }
}
