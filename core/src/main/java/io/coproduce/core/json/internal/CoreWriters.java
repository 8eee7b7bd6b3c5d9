package io.coproduce.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.AccessNeed;
import io.coproduce.core.person.EqualityMonitoring;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Response;
import io.coproduce.core.person.Role;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import io.coproduce.core.responsibility.ResponsibilityFinding;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.readability.ReadingLevel;
import io.coproduce.core.rule.RuleSource;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * Writes every core type as JSON (see {@link io.coproduce.core.json.CoproduceCoreModule} for the
 * shapes). Output is canonical: equal values give identical JSON, so sets are written sorted
 * (roles and access needs in declaration order of their kinds) and absent optional properties
 * are left out.
 */
final class CoreWriters {

  private static final Comparator<AccessNeed> NEED_ORDER =
      Comparator.comparing(AccessNeed::kind)
          .thenComparing(n -> n.language() == null ? "" : n.language());

  private CoreWriters() {}

  /** The text of a core constant: the code, the label, or the name. */
  static String constantText(Enum<?> e) {
    if (e instanceof Jurisdiction j) {
      return j.code();
    }
    if (e instanceof AgeBand b) {
      return b.label();
    }
    return e.name();
  }

  static void partyId(PartyId id, JsonGenerator gen) throws IOException {
    gen.writeStartObject(id);
    gen.writeStringField("kind", id instanceof OrganisationId
        ? CoreReaders.PARTY_KIND_ORGANISATION
        : CoreReaders.PARTY_KIND_PERSON);
    gen.writeStringField("id", id.value());
    gen.writeEndObject();
  }

  static void response(Response<?> response, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    switch (response.kind()) {
      case NOT_ASKED -> gen.writeString(CoreReaders.NOT_ASKED);
      case PREFER_NOT_TO_SAY -> gen.writeString(CoreReaders.PREFER_NOT_TO_SAY);
      case ANSWERED -> {
        gen.writeStartObject(response);
        gen.writeFieldName(CoreReaders.ANSWER);
        answer(response.answer().orElseThrow(), gen, provider);
        gen.writeEndObject();
      }
    }
  }

  /** An answer of a core type written directly; anything else through the provider. */
  static void answer(Object answer, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (answer instanceof Boolean b) {
      gen.writeBoolean(b);
    } else if (answer instanceof Integer i) {
      gen.writeNumber(i);
    } else if (answer instanceof Enum<?> e && CoreTypes.isCoreConstant(e.getDeclaringClass())) {
      gen.writeString(constantText(e));
    } else {
      provider.defaultSerializeValue(answer, gen);
    }
  }

  static void monitoring(EqualityMonitoring m, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(m);
    List<Response<?>> answers = List.of(
        m.ethnicity(), m.gender(), m.disability(), m.sexualOrientation(), m.careExperienced(),
        m.youngCarer(), m.specialEducationalNeeds(), m.freeSchoolMeals(), m.deprivationDecile());
    for (int i = 0; i < answers.size(); i++) {
      Response<?> r = answers.get(i);
      if (r.kind() != Response.Kind.NOT_ASKED) {
        gen.writeFieldName(CoreReaders.MONITORING_FIELDS.get(i));
        response(r, gen, provider);
      }
    }
    gen.writeEndObject();
  }

  static void person(Person p, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(p);
    gen.writeStringField("id", p.id().value());
    gen.writeStringField("birth", p.birth().toString());
    gen.writeStringField("jurisdiction", p.jurisdiction().code());
    gen.writeArrayFieldStart("roles");
    for (Role role : p.roles().stream().sorted().toList()) {
      gen.writeString(role.name());
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("accessNeeds");
    for (AccessNeed need : p.accessNeeds().stream().sorted(NEED_ORDER).toList()) {
      gen.writeString(need.toString());
    }
    gen.writeEndArray();
    gen.writeFieldName("monitoring");
    monitoring(p.monitoring(), gen, provider);
    gen.writeEndObject();
  }

  static void ruleSource(RuleSource s, JsonGenerator gen) throws IOException {
    gen.writeStartObject(s);
    gen.writeStringField("kind", s.kind().name());
    gen.writeStringField("citation", s.citation());
    gen.writeEndObject();
  }

  static void readingLevel(ReadingLevel r, JsonGenerator gen) throws IOException {
    gen.writeStartObject(r);
    gen.writeNumberField("sentences", r.sentences());
    gen.writeNumberField("words", r.words());
    gen.writeNumberField("syllables", r.syllables());
    gen.writeEndObject();
  }

  static void reason(Reason r, JsonGenerator gen) throws IOException {
    gen.writeStartObject(r);
    gen.writeStringField("rule", r.rule());
    gen.writeStringField("explanation", r.explanation());
    gen.writeFieldName("source");
    ruleSource(r.source(), gen);
    gen.writeEndObject();
  }

  static void claim(ResponsibilityClaim c, JsonGenerator gen) throws IOException {
    gen.writeStartObject(c);
    gen.writeFieldName("holder");
    partyId(c.holder(), gen);
    gen.writeStringField("child", c.child().value());
    gen.writeStringField("basis", c.basis().name());
    gen.writeStringField("from", c.from().toString());
    if (c.until() != null) {
      gen.writeStringField("until", c.until().toString());
    }
    gen.writeEndObject();
  }

  static void finding(ResponsibilityFinding f, JsonGenerator gen) throws IOException {
    gen.writeStartObject(f);
    gen.writeFieldName("holder");
    partyId(f.holder(), gen);
    gen.writeStringField("child", f.child().value());
    gen.writeStringField("date", f.date().toString());
    gen.writeBooleanField("holds", f.holds());
    if (f.basis() != null) {
      gen.writeStringField("basis", f.basis().name());
    }
    gen.writeArrayFieldStart("reasons");
    for (Reason r : f.reasons()) {
      reason(r, gen);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
