package io.coproduce.core.json.internal;

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

  /**
   * One core type.
   *
   * @param type the class
   * @param root the path that errors start with when the value is read at the root
   * @param reader reads it from a tree
   * @param writer writes it
   * @param textKey whether it is also a map key, written as its text form
   */
  record Entry<T>(
      Class<T> type, String root, NodeReader<T> reader, ValueWriter<T> writer, boolean textKey) {}

  /** Every enum of the core model: written by name, except jurisdictions (code) and age bands (label). */
  static final List<Class<? extends Enum<?>>> CONSTANTS = List.of(
      Jurisdiction.class, AgeBand.class, Role.class, Ethnicity.class, Ethnicity.Group.class,
      Gender.class, SexualOrientation.class, SpecialEducationalNeeds.class, AccessNeed.Kind.class,
      RuleSource.Kind.class, ResponsibilityBasis.class, ResponsibilityBasis.HolderKind.class,
      BirthInformation.Precision.class, Response.Kind.class);

  private static final Map<Class<?>, Entry<?>> ENTRIES = new LinkedHashMap<>();

  static {
    add(new Entry<>(PersonId.class, "personId", CoreReaders::personId,
        (v, g, p) -> g.writeString(v.value()), true));
    add(new Entry<>(OrganisationId.class, "organisationId", CoreReaders::organisationId,
        (v, g, p) -> g.writeString(v.value()), true));
    add(new Entry<>(PartyId.class, "partyId", CoreReaders::partyId,
        (v, g, p) -> CoreWriters.partyId(v, g), false));
    add(new Entry<>(Age.class, "age", CoreReaders::age,
        (v, g, p) -> g.writeString(v.toString()), false));
    add(new Entry<>(BirthInformation.class, "birthInformation", CoreReaders::birth,
        (v, g, p) -> g.writeString(v.toString()), false));
    add(new Entry<>(AccessNeed.class, "accessNeed", CoreReaders::accessNeed,
        (v, g, p) -> g.writeString(v.toString()), false));
    add(new Entry<>(EqualityMonitoring.class, "equalityMonitoring", CoreReaders::monitoring,
        CoreWriters::monitoring, false));
    add(new Entry<>(Person.class, "person", CoreReaders::person,
        CoreWriters::person, false));
    add(new Entry<>(RuleSource.class, "ruleSource", CoreReaders::ruleSource,
        (v, g, p) -> CoreWriters.ruleSource(v, g), false));
    add(new Entry<>(ReadingLevel.class, "readingLevel", CoreReaders::readingLevel,
        (v, g, p) -> CoreWriters.readingLevel(v, g), false));
    add(new Entry<>(Reason.class, "reason", CoreReaders::reason,
        (v, g, p) -> CoreWriters.reason(v, g), false));
    add(new Entry<>(ResponsibilityClaim.class, "responsibilityClaim", CoreReaders::claim,
        (v, g, p) -> CoreWriters.claim(v, g), false));
    add(new Entry<>(ResponsibilityFinding.class, "responsibilityFinding", CoreReaders::finding,
        (v, g, p) -> CoreWriters.finding(v, g), false));
    add(new Entry<>(Jurisdiction.class, "jurisdiction", CoreReaders::jurisdiction,
        (v, g, p) -> g.writeString(v.code()), true));
    add(new Entry<>(AgeBand.class, "ageBand", CoreReaders::ageBand,
        (v, g, p) -> g.writeString(v.label()), true));
    for (Class<? extends Enum<?>> type : CONSTANTS) {
      if (!ENTRIES.containsKey(type)) {
        addConstant(type);
      }
    }
  }

  private CoreTypes() {}

  private static void add(Entry<?> entry) {
    ENTRIES.put(entry.type(), entry);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void addConstant(Class<? extends Enum<?>> type) {
    Class<Enum> raw = (Class<Enum>) (Class) type;
    NodeReader<Enum> reader = (node, path) -> Nodes.constant(node, path, raw);
    ValueWriter<Enum> writer = (v, g, p) -> g.writeString(v.name());
    add(new Entry<>(raw, rootName(type), reader, writer, true));
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
  static Entry<?> entry(Class<?> type) {
    return ENTRIES.get(type);
  }

  /** Every entry. */
  static Iterable<Entry<?>> entries() {
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
      return (NodeReader<Boolean>) Nodes::bool;
    }
    if (type == Integer.class) {
      return (NodeReader<Integer>) Nodes::integer;
    }
    if (type == String.class) {
      return (NodeReader<String>) Nodes::text;
    }
    Entry<?> entry = ENTRIES.get(type);
    return entry == null ? null : entry.reader();
  }
}
