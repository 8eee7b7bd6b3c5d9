package io.coproduce.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.person.Response;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;

/**
 * Writes a {@link Response}: {@code "NOT_ASKED"}, {@code "PREFER_NOT_TO_SAY"} or {@code
 * {"answer": ...}}. Answers of core types, booleans and integers are written directly; any other
 * answer through Jackson by its runtime class. Stateless and thread-safe.
 */
final class ResponseSerializer extends StdSerializer<Response<?>> {
  private static final long serialVersionUID = 1L;

  private final boolean partyAnswers;

  ResponseSerializer(JavaType answerType) {
    super(Response.class, false);
    this.partyAnswers = answerType.hasRawClass(PartyId.class);
  }

  @Override
  public void serialize(Response<?> value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (partyAnswers && value.answer().orElse(null) instanceof PartyId party) {
      gen.writeStartObject(value);
      gen.writeFieldName(CoreReaders.ANSWER);
      CoreWriters.partyId(party, gen);
      gen.writeEndObject();
    } else {
      CoreWriters.response(value, gen, provider);
    }
  }

  /** Writes the value without a type id: core types never take part in polymorphic typing. */
  @Override
  public void serializeWithType(Response<?> value, JsonGenerator gen, SerializerProvider provider,
      TypeSerializer typeSer) throws IOException {
    serialize(value, gen, provider);
  }
}
