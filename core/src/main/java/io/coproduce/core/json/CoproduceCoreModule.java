package io.coproduce.core.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.json.internal.CoreJsonSupport;
import io.coproduce.core.json.strict.NodeReader;
import io.coproduce.core.json.strict.StrictModule;
import io.coproduce.core.json.strict.ValueWriter;
import io.coproduce.core.person.Response;
import java.util.List;
import java.util.Objects;

/**
 * A Jackson 2 module that reads and writes every core type without annotations on the model.
 * Register it with {@code mapper.registerModule(new CoproduceCoreModule())}, or let {@link
 * com.fasterxml.jackson.databind.ObjectMapper#findAndRegisterModules()} find it through {@link
 * java.util.ServiceLoader}. It works on a plain {@code ObjectMapper}: dates are written and read
 * by the module itself, so {@code jackson-datatype-jsr310} is not needed. Immutable and
 * thread-safe.
 *
 * <h2>Shapes</h2>
 *
 * <table class="striped">
 *   <caption>How each core type looks in JSON</caption>
 *   <thead>
 *     <tr><th scope="col">Type</th><th scope="col">JSON</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>{@code PersonId}, {@code OrganisationId}</td><td>{@code "P-123"} (the id's text)</td></tr>
 *     <tr><td>{@code PartyId}</td>
 *       <td>{@code {"kind": "person", "id": "P-123"}} or {@code {"kind": "organisation", "id": "LA-9"}}</td></tr>
 *     <tr><td>{@code Jurisdiction}</td><td>{@code "GB-ENG"} (the ISO 3166-2 code)</td></tr>
 *     <tr><td>{@code AgeBand}</td><td>{@code "13-15"} (the label)</td></tr>
 *     <tr><td>{@code Age}</td><td>{@code "14"} or {@code "13-15"}</td></tr>
 *     <tr><td>{@code BirthInformation}</td>
 *       <td>{@code "2010-02-28"}, {@code "year:2010"} or {@code "age:13-15@2026-03-01"}</td></tr>
 *     <tr><td>{@code AccessNeed}</td><td>{@code "STEP_FREE_ACCESS"}, {@code "SPOKEN_LANGUAGE_INTERPRETER:pl"}</td></tr>
 *     <tr><td>other core enums ({@code Role}, {@code Ethnicity}, {@code Gender},
 *       {@code ResponsibilityBasis}, {@code RuleSource.Kind}, ...)</td><td>the constant's name</td></tr>
 *     <tr><td>{@code Response<T>}</td>
 *       <td>{@code "NOT_ASKED"}, {@code "PREFER_NOT_TO_SAY"} or {@code {"answer": value}}; an
 *       answer is always wrapped, so {@code {"answer": "NOT_ASKED"}} is an answered
 *       {@code Response<String>}</td></tr>
 *     <tr><td>{@code EqualityMonitoring}</td>
 *       <td>an object with one property per question asked ({@code ethnicity}, {@code gender},
 *       {@code disability}, {@code sexualOrientation}, {@code careExperienced},
 *       {@code youngCarer}, {@code specialEducationalNeeds}, {@code freeSchoolMeals},
 *       {@code deprivationDecile}), each a {@code Response}; questions not asked are left out
 *       when writing, and a question left out reads as not asked</td></tr>
 *     <tr><td>{@code Person}</td>
 *       <td>{@code {"id", "birth", "jurisdiction", "roles": [...], "accessNeeds": [...],
 *       "monitoring": {...}}}; {@code accessNeeds} and {@code monitoring} may be left out when
 *       reading (none)</td></tr>
 *     <tr><td>{@code RuleSource}</td><td>{@code {"kind": "LAW", "citation": "..."}}</td></tr>
 *     <tr><td>{@code Reason}</td><td>{@code {"rule", "explanation", "source": {RuleSource}}}</td></tr>
 *     <tr><td>{@code ResponsibilityClaim}</td>
 *       <td>{@code {"holder": {PartyId}, "child", "basis", "from", "until"}}; {@code until} is
 *       left out when there is none</td></tr>
 *     <tr><td>{@code ResponsibilityFinding}</td>
 *       <td>{@code {"holder": {PartyId}, "child", "date", "holds", "basis", "reasons": [...]}};
 *       {@code basis} is present exactly when {@code holds} is true</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Dates are ISO strings ({@code "2026-03-01"}). Output is canonical: equal values give
 * identical JSON (roles and access needs sorted by kind, absent optional properties left out).
 * Ids and core enums are also written and read as map keys, in the same text form. A property
 * declared as {@code PartyId} (or a collection, map or {@code Response} of them) in a host's
 * bean is written in the {@code PartyId} shape even though Jackson picks serializers by runtime
 * class; at the root, write a {@code PartyId} with {@code mapper.writerFor(PartyId.class)} so
 * it is not written as a bare {@code PersonId}.
 *
 * <h2>Reading is strict</h2>
 *
 * <p>Bad input raises {@link io.coproduce.core.error.InvalidInputException} whose {@link
 * io.coproduce.core.error.InvalidInputException#field() field} is the JSON path from the core
 * value's root, such as {@code person.birth}, {@code person.roles[1]} or {@code
 * responsibilityClaim.from}: a missing required property, a JSON null for a required one, a
 * wrong JSON type, an unknown constant name, an invalid id, date or text form, a property that
 * appears twice in one object, and every <em>unknown property</em> (the module does not skip
 * what it does not understand, whatever the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}).
 * Optional properties ({@code until}, {@code basis}, {@code accessNeeds}, {@code monitoring})
 * may be absent or null. Jurisdictions, age bands and access needs are read with the model's
 * own {@code parse} methods, so they accept what those accept (for example {@code "gb-eng"} and
 * {@code "ENGLAND"} for England). Messages never contain a value about a person: births, ages,
 * dates, access needs and equality-monitoring answers are withheld, and only ids and constant
 * names are shown.
 *
 * <p>What a caller of {@code ObjectMapper.readValue} sees:
 *
 * <ul>
 *   <li><b>A core type at the root</b> ({@code readValue(json, Person.class)}, or a {@code
 *       Response<Gender>} through a {@code TypeReference}): the {@code InvalidInputException}
 *       itself, unwrapped.
 *   <li><b>A core value nested in anything else</b> (a host bean's property, a {@code
 *       List<Person>}, a map): Jackson wraps it in a {@link
 *       com.fasterxml.jackson.databind.JsonMappingException} whose {@code getPath()} locates
 *       the core value in the host's document and whose {@code getCause()} is the {@code
 *       InvalidInputException}, with a field path from the core value's root (still {@code
 *       person.birth}). With {@code DeserializationFeature.WRAP_EXCEPTIONS} disabled, Jackson
 *       lets the {@code InvalidInputException} through unwrapped instead.
 *   <li><b>Malformed JSON</b> (bad syntax, truncated input, limits of the parser's {@code
 *       StreamReadConstraints}): Jackson's own {@link
 *       com.fasterxml.jackson.core.JsonProcessingException}, as for any type. When reading raw
 *       bytes, Jackson's encoding detection may also raise {@link java.io.CharConversionException}
 *       (an {@code IOException}, not a {@code JsonProcessingException}) for invalid UTF-32, for
 *       any target type; reading from a {@code String} or {@code Reader} avoids it.
 *   <li><b>JSON {@code null}</b> where a core value is expected at the root or in a host bean:
 *       Java {@code null}, as Jackson does for every type (inside core values, null is refused
 *       for required properties).
 *   <li><b>A host's own answer type</b> in a {@code Response<T>}: Jackson's usual handling and
 *       exceptions for that type.
 * </ul>
 *
 * <h2>No polymorphic typing</h2>
 *
 * <p>The module never enables default typing and writes no class names: {@code PartyId}'s
 * {@code kind} is one of two fixed words, and a {@code "@class"} property is refused like any
 * unknown property. If a host enables default typing for its own types, core values are still
 * written and read without type ids (so a {@code PartyId} keeps its {@code kind} shape).
 */
public final class CoproduceCoreModule extends StrictModule {

  /** Creates the module (also the constructor {@link java.util.ServiceLoader} uses). */
  public CoproduceCoreModule() {
    super("io.coproduce.core", CoreJsonSupport.types(), List.of());
    @SuppressWarnings("unchecked")
    JsonSerializer<PartyId> party = (JsonSerializer<PartyId>) serializerFor(PartyId.class);
    overrideSerializer(PersonId.class, CoreJsonSupport.idSerializer(PersonId.class, party));
    overrideSerializer(
        OrganisationId.class, CoreJsonSupport.idSerializer(OrganisationId.class, party));
  }

  /**
   * Returns the strict reader of a core type, for other modules' JSON support to read core
   * values nested in their own with paths from their own root.
   *
   * @throws IllegalArgumentException when {@code type} is not a core type
   */
  public static <T> NodeReader<T> reader(Class<T> type) {
    NodeReader<T> reader = CoreJsonSupport.reader(Objects.requireNonNull(type, "type"));
    if (reader == null) {
      throw new IllegalArgumentException("not a core type: " + type.getName());
    }
    return reader;
  }

  /**
   * Returns the writer of a core type, for other modules' JSON support to write core values
   * nested in their own (a {@code PartyId} always in its {@code {"kind", "id"}} shape).
   *
   * @throws IllegalArgumentException when {@code type} is not a core type
   */
  public static <T> ValueWriter<T> writer(Class<T> type) {
    ValueWriter<T> writer = CoreJsonSupport.writer(Objects.requireNonNull(type, "type"));
    if (writer == null) {
      throw new IllegalArgumentException("not a core type: " + type.getName());
    }
    return writer;
  }

  /** Adds the generic {@code Response} to the core types' serializers. */
  @Override
  protected Serializers valueSerializers() {
    Serializers exact = super.valueSerializers();
    return new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(
          SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        if (type.hasRawClass(Response.class)) {
          return CoreJsonSupport.responseSerializer(type.containedTypeOrUnknown(0));
        }
        return exact.findSerializer(config, type, beanDesc);
      }
    };
  }

  /** Adds the generic {@code Response} to the core types' deserializers. */
  @Override
  protected Deserializers valueDeserializers() {
    Deserializers exact = super.valueDeserializers();
    return new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription beanDesc)
          throws JsonMappingException {
        if (type.hasRawClass(Response.class)) {
          return CoreJsonSupport.responseDeserializer(type.containedTypeOrUnknown(0));
        }
        return exact.findBeanDeserializer(type, config, beanDesc);
      }

      @Override
      public JsonDeserializer<?> findEnumDeserializer(
          Class<?> type, DeserializationConfig config, BeanDescription beanDesc)
          throws JsonMappingException {
        return exact.findEnumDeserializer(type, config, beanDesc);
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return valueType == Response.class || exact.hasDeserializerFor(config, valueType);
      }
    };
  }
}
