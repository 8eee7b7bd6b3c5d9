package io.coproduce.core.json.internal;

import io.coproduce.core.json.strict.JsonPaths;
import io.coproduce.core.json.strict.NodeReader;
import io.coproduce.core.json.strict.StrictNodes;
import io.coproduce.core.json.strict.StrictTree;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.person.Response;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;

/**
 * Reads a {@link Response} of a given answer type. Answers of core types, {@link Boolean},
 * {@link Integer} and {@link String} are read strictly by the module; answers of any other type
 * by the deserializer Jackson finds for it (so a host's own answer types work, with Jackson's
 * own errors). Thread-safe.
 */
final class ResponseDeserializer extends StdDeserializer<Response<?>>
    implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  private static final String ROOT = "response";

  private final JavaType answerType;
  private final transient NodeReader<?> coreAnswer;
  private final JsonDeserializer<Object> hostAnswer;

  ResponseDeserializer(JavaType answerType) {
    this(answerType, null);
  }

  private ResponseDeserializer(JavaType answerType, JsonDeserializer<Object> hostAnswer) {
    super(Response.class);
    this.answerType = answerType;
    this.coreAnswer = CoreTypes.answerReader(answerType.getRawClass());
    this.hostAnswer = hostAnswer;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    if (coreAnswer != null || hostAnswer != null) {
      return this;
    }
    return new ResponseDeserializer(
        answerType, ctxt.findContextualValueDeserializer(answerType, property));
  }

  @Override
  public Response<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (coreAnswer != null) {
      return CoreReaders.response(StrictTree.read(p, ROOT), ROOT, coreAnswer);
    }
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return switch (p.getText()) {
        case CoreReaders.NOT_ASKED -> Response.notAsked();
        case CoreReaders.PREFER_NOT_TO_SAY -> Response.preferNotToSay();
        default -> throw InvalidInputException.personal(ROOT, CoreReaders.responseRule());
      };
    }
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
      throw InvalidInputException.of(ROOT, CoreReaders.responseRule(), null);
    }
    Response<?> result = null;
    while (t == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String at = JsonPaths.property(ROOT, name);
      if (!CoreReaders.ANSWER.equals(name)) {
        throw InvalidInputException.of(at, "is not a known property; expected answer", null);
      }
      if (result != null) {
        throw InvalidInputException.of(at, "must not appear twice in one object", null);
      }
      Object answer = p.nextToken() == JsonToken.VALUE_NULL ? null : hostAnswer.deserialize(p, ctxt);
      if (answer == null) {
        throw InvalidInputException.of(at, "must not be null; use \"NOT_ASKED\"", null);
      }
      result = Response.answered(answer);
      t = p.nextToken();
    }
    if (result == null) {
      throw InvalidInputException.of(JsonPaths.property(ROOT, CoreReaders.ANSWER), "is required", null);
    }
    return result;
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  /** Reads the value without a type id: core types never take part in polymorphic typing. */
  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) throws IOException {
    return deserialize(p, ctxt);
  }
}
