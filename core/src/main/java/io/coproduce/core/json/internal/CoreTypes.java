package io.coproduce.core.json.internal;

import io.coproduce.core.json.strict.NodeReader;
import io.coproduce.core.json.strict.StrictNodes;
import io.coproduce.core.json.strict.StrictType;
import io.coproduce.core.age.Age;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.AccessNeed;
import io.coproduce.core.person.EqualityMonitoring;
import io.coproduce.core.person.Ethnicity;
import io.coproduce.core.person.Gender;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Response;
import io.coproduce.core.person.Role;
import io.coproduce.core.person.SexualOrientation;
import io.coproduce.core.person.SpecialEducationalNeeds;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import io.coproduce.core.responsibility.ResponsibilityFinding;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.readability.ReadingLevel;
import io.coproduce.core.rule.RuleSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The registry of core types the module handles: for each, the name its errors start with at
 * the root of a document, how to read it and how to write it. {@link Response} is handled apart
 * because it is generic.
 */
final class CoreTypes {

  /** Every enum of the core model: written by name, except jurisdictions (code) and age bands (label). */
  static final List<Class<? extends Enum<?>>> CONSTANTS = List.of(
      Jurisdiction.class, AgeBand.class, Role.class, Ethnicity.class, Ethnicity.Group.class,
      Gender.class, SexualOrientation.class, SpecialEducationalNeeds.class, AccessNeed.Kind.class,
      RuleSource.Kind.class, ResponsibilityBasis.class, ResponsibilityBasis.HolderKind.class,
      BirthInformation.Precision.class, Response.Kind.class);

  private static final Map<Class<?>, StrictType<?>> ENTRIES = new LinkedHashMap<>();

  static {
    add(StrictType.text(PersonId.class, "personId", CoreReaders::personId, PersonId::value));
    add(StrictType.text(OrganisationId.class, "organisationId", CoreReaders::organisationId,
        OrganisationId::value));
    add(StrictType.of(PartyId.class, "partyId", CoreReaders::partyId,
        (v, g, p) -> CoreWriters.partyId(v, g)));
    add(StrictType.of(Age.class, "age", CoreReaders::age,
        (v, g, p) -> g.writeString(v.toString())));
    add(StrictType.of(BirthInformation.class, "birthInformation", CoreReaders::birth,
        (v, g, p) -> g.writeString(v.toString())));
    add(StrictType.of(AccessNeed.class, "accessNeed", CoreReaders::accessNeed,
        (v, g, p) -> g.writeString(v.toString())));
    add(StrictType.of(EqualityMonitoring.class, "equalityMonitoring", CoreReaders::monitoring,
        CoreWriters::monitoring));
    add(StrictType.of(Person.class, "person", CoreReaders::person,
        CoreWriters::person));
    add(StrictType.of(RuleSource.class, "ruleSource", CoreReaders::ruleSource,
        (v, g, p) -> CoreWriters.ruleSource(v, g)));
    add(StrictType.of(ReadingLevel.class, "readingLevel", CoreReaders::readingLevel,
        (v, g, p) -> CoreWriters.readingLevel(v, g)));
    add(StrictType.of(Reason.class, "reason", CoreReaders::reason,
        (v, g, p) -> CoreWriters.reason(v, g)));
    add(StrictType.of(ResponsibilityClaim.class, "responsibilityClaim", CoreReaders::claim,
        (v, g, p) -> CoreWriters.claim(v, g)));
    add(StrictType.of(ResponsibilityFinding.class, "responsibilityFinding", CoreReaders::finding,
        (v, g, p) -> CoreWriters.finding(v, g)));
    add(StrictType.text(Jurisdiction.class, "jurisdiction", CoreReaders::jurisdiction,
        Jurisdiction::code));
    add(StrictType.text(AgeBand.class, "ageBand", CoreReaders::ageBand, AgeBand::label));
    for (Class<? extends Enum<?>> type : CONSTANTS) {
      if (!ENTRIES.containsKey(type)) {
        addConstant(type);
      }
    }
  }

  private CoreTypes() {}

  private static void add(StrictType<?> entry) {
    ENTRIES.put(entry.type(), entry);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void addConstant(Class<? extends Enum<?>> type) {
    add(StrictType.constant((Class) type, rootName(type)));
  }

  /** {@code Role} gives {@code role}; {@code RuleSource.Kind} gives {@code ruleSource.kind}. */
  private static String rootName(Class<?> type) {
    String own = lowerFirst(type.getSimpleName());
    Class<?> outer = type.getEnclosingClass();
    return outer == null ? own : lowerFirst(outer.getSimpleName()) + "." + own;
  }

  private static String lowerFirst(String s) {
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  /** The entry for exactly {@code type}, or {@code null}. */
  static StrictType<?> entry(Class<?> type) {
    return ENTRIES.get(type);
  }

  /** Every entry. */
  static Iterable<StrictType<?>> entries() {
    return ENTRIES.values();
  }

  /** Whether {@code type} is an enum of the core model. */
  static boolean isCoreConstant(Class<?> type) {
    return CONSTANTS.contains(type);
  }

  /**
   * A strict reader for an answer of type {@code type} in a {@link Response}: JSON booleans for
   * {@link Boolean}, JSON integers for {@link Integer}, JSON strings for {@link String}, and every
   * core type; {@code null} for any other type (the host's own, read by Jackson).
   */
  static NodeReader<?> answerReader(Class<?> type) {
    if (type == Boolean.class) {
      return (NodeReader<Boolean>) StrictNodes::bool;
    }
    if (type == Integer.class) {
      return (NodeReader<Integer>) StrictNodes::integer;
    }
    if (type == String.class) {
      return (NodeReader<String>) StrictNodes::text;
    }
    StrictType<?> entry = ENTRIES.get(type);
    return entry == null ? null : entry.reader();
  }
}
