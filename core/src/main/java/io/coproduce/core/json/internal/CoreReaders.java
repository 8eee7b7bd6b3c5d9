package io.coproduce.core.json.internal;

import io.coproduce.core.json.strict.JsonPaths;
import io.coproduce.core.json.strict.NodeReader;
import io.coproduce.core.json.strict.StrictNodes;
import io.coproduce.core.json.strict.StrictTree;
import com.fasterxml.jackson.databind.JsonNode;
import io.coproduce.core.age.Age;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.error.InvalidInputException;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads every core type from a JSON tree (see {@link io.coproduce.core.json.CoproduceCoreModule}
 * for the shapes). Each reader validates before it constructs, so errors name the JSON path;
 * values about a person (birth, age, access needs, monitoring answers, dates) are never shown.
 */
final class CoreReaders {

  static final String PARTY_KIND_PERSON = "person";
  static final String PARTY_KIND_ORGANISATION = "organisation";
  static final String NOT_ASKED = "NOT_ASKED";
  static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";
  static final String ANSWER = "answer";

  private static final List<String> PARTY_FIELDS = List.of("kind", "id");
  private static final List<String> RESPONSE_FIELDS = List.of(ANSWER);
  static final List<String> MONITORING_FIELDS = List.of(
      "ethnicity", "gender", "disability", "sexualOrientation", "careExperienced", "youngCarer",
      "specialEducationalNeeds", "freeSchoolMeals", "deprivationDecile");
  private static final List<String> PERSON_FIELDS =
      List.of("id", "birth", "jurisdiction", "roles", "accessNeeds", "monitoring");
  private static final List<String> RULE_SOURCE_FIELDS = List.of("kind", "citation");
  private static final List<String> REASON_FIELDS = List.of("rule", "explanation", "source");
  private static final List<String> READING_LEVEL_FIELDS = List.of("sentences", "words", "syllables");
  private static final List<String> CLAIM_FIELDS = List.of("holder", "child", "basis", "from", "until");
  private static final List<String> FINDING_FIELDS =
      List.of("holder", "child", "date", "holds", "basis", "reasons");

  private CoreReaders() {}

  // ---- text forms -------------------------------------------------------------------------

  static PersonId personId(JsonNode node, String path) {
    String text = StrictNodes.text(node, path);
    try {
      return PersonId.parse(text);
    } catch (InvalidInputException e) {
      throw StrictNodes.at(path, e);
    }
  }

  static OrganisationId organisationId(JsonNode node, String path) {
    String text = StrictNodes.text(node, path);
    try {
      return OrganisationId.parse(text);
    } catch (InvalidInputException e) {
      throw StrictNodes.at(path, e);
    }
  }

  static Jurisdiction jurisdiction(JsonNode node, String path) {
    String text = StrictNodes.text(node, path);
    try {
      return Jurisdiction.parse(text);
    } catch (InvalidInputException e) {
      throw StrictNodes.at(path, e);
    }
  }

  static AgeBand ageBand(JsonNode node, String path) {
    String text = StrictNodes.text(node, path);
    try {
      return AgeBand.parse(text);
    } catch (InvalidInputException e) {
      throw StrictNodes.personalAt(path, e);
    }
  }

  static Age age(JsonNode node, String path) {
    String text = StrictNodes.text(node, path);
    try {
      return Age.parse(text);
    } catch (InvalidInputException e) {
      throw StrictNodes.personalAt(path, e);
    }
  }

  static BirthInformation birth(JsonNode node, String path) {
    String text = StrictNodes.text(node, path);
    try {
      return BirthInformation.parse(text);
    } catch (InvalidInputException e) {
      throw StrictNodes.personalAt(path, e);
    }
  }

  static AccessNeed accessNeed(JsonNode node, String path) {
    String text = StrictNodes.text(node, path);
    try {
      return AccessNeed.parse(text);
    } catch (InvalidInputException e) {
      throw StrictNodes.personalAt(path, e);
    }
  }

  // ---- objects ----------------------------------------------------------------------------

  static PartyId partyId(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, PARTY_FIELDS);
    String kind = StrictNodes.text(f.required("kind"), f.path("kind"));
    JsonNode id = f.required("id");
    return switch (kind) {
      case PARTY_KIND_PERSON -> personId(id, f.path("id"));
      case PARTY_KIND_ORGANISATION -> organisationId(id, f.path("id"));
      default -> throw InvalidInputException.of(
          f.path("kind"), "must be " + PARTY_KIND_PERSON + " or " + PARTY_KIND_ORGANISATION, kind);
    };
  }

  /**
   * A response: {@code "NOT_ASKED"}, {@code "PREFER_NOT_TO_SAY"} or {@code {"answer": ...}}.
   * Answers are self-described equality data, so a bad one is never shown.
   */
  static <T> Response<T> response(JsonNode node, String path, NodeReader<T> answer) {
    if (node.isTextual()) {
      return switch (node.textValue()) {
        case NOT_ASKED -> Response.notAsked();
        case PREFER_NOT_TO_SAY -> Response.preferNotToSay();
        default -> throw InvalidInputException.personal(path, responseRule());
      };
    }
    if (!node.isObject()) {
      throw StrictNodes.wrongType(path, "{\"answer\": ...}, \"PREFER_NOT_TO_SAY\" or \"NOT_ASKED\"", node);
    }
    StrictNodes.Fields f = StrictNodes.object(node, path, RESPONSE_FIELDS);
    JsonNode value = f.required(ANSWER);
    return Response.answered(StrictNodes.personal(answer).read(value, f.path(ANSWER)));
  }

  static String responseRule() {
    return "must be {\"answer\": ...}, \"PREFER_NOT_TO_SAY\" or \"NOT_ASKED\"";
  }

  static EqualityMonitoring monitoring(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, MONITORING_FIELDS);
    NodeReader<Boolean> yesNo = StrictNodes::bool;
    NodeReader<Integer> decile = (n, p) -> {
      int d = StrictNodes.integer(n, p);
      if (d < 1 || d > 10) {
        throw InvalidInputException.personal(p, "must be 1 (most deprived) to 10");
      }
      return d;
    };
    Response<Ethnicity> ethnicity = question(f, "ethnicity", enumReader(Ethnicity.class));
    Response<Gender> gender = question(f, "gender", enumReader(Gender.class));
    Response<Boolean> disability = question(f, "disability", yesNo);
    Response<SexualOrientation> sexualOrientation =
        question(f, "sexualOrientation", enumReader(SexualOrientation.class));
    Response<Boolean> careExperienced = question(f, "careExperienced", yesNo);
    Response<Boolean> youngCarer = question(f, "youngCarer", yesNo);
    Response<SpecialEducationalNeeds> sen =
        question(f, "specialEducationalNeeds", enumReader(SpecialEducationalNeeds.class));
    Response<Boolean> freeSchoolMeals = question(f, "freeSchoolMeals", yesNo);
    Response<Integer> deprivationDecile = question(f, "deprivationDecile", decile);
    try {
      return new EqualityMonitoring(ethnicity, gender, disability, sexualOrientation,
          careExperienced, youngCarer, sen, freeSchoolMeals, deprivationDecile);
    } catch (InvalidInputException e) {
      throw InvalidInputException.personal(StrictNodes.fieldUnder(path, e.field()), e.rule());
    }
  }

  /** A question left out was not asked; an explicit null is refused as ambiguous. */
  private static <T> Response<T> question(StrictNodes.Fields f, String name, NodeReader<T> answer) {
    JsonNode value = f.get(name);
    if (value == null) {
      return Response.notAsked();
    }
    if (value.isNull()) {
      throw InvalidInputException.of(
          f.path(name), "must not be null; leave the question out or use \"NOT_ASKED\"", null);
    }
    return response(value, f.path(name), answer);
  }

  static Person person(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, PERSON_FIELDS);
    PersonId id = personId(f.required("id"), f.path("id"));
    BirthInformation birth = birth(f.required("birth"), f.path("birth"));
    Jurisdiction jurisdiction = jurisdiction(f.required("jurisdiction"), f.path("jurisdiction"));
    Set<Role> roles = distinct(
        f.required("roles"), f.path("roles"), enumReader(Role.class), "must not repeat a role");
    if (roles.isEmpty()) {
      throw InvalidInputException.of(f.path("roles"), "must name at least one role", null);
    }
    JsonNode needsNode = f.optional("accessNeeds");
    Set<AccessNeed> needs = needsNode == null
        ? Set.of()
        : distinct(needsNode, f.path("accessNeeds"), CoreReaders::accessNeed,
            "must not repeat an access need");
    JsonNode monitoringNode = f.optional("monitoring");
    EqualityMonitoring monitoring = monitoringNode == null
        ? EqualityMonitoring.none()
        : monitoring(monitoringNode, f.path("monitoring"));
    try {
      return new Person(id, birth, jurisdiction, roles, needs, monitoring);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  private static <T> Set<T> distinct(JsonNode node, String path, NodeReader<T> element, String rule) {
    StrictNodes.array(node, path);
    Set<T> out = new LinkedHashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String at = JsonPaths.element(path, i);
      if (!out.add(element.read(node.get(i), at))) {
        throw InvalidInputException.of(at, rule, null);
      }
    }
    return out;
  }

  static RuleSource ruleSource(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, RULE_SOURCE_FIELDS);
    RuleSource.Kind kind = StrictNodes.constant(f.required("kind"), f.path("kind"), RuleSource.Kind.class);
    String citation = StrictNodes.nonBlankText(f.required("citation"), f.path("citation"));
    try {
      return new RuleSource(kind, citation);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  static ReadingLevel readingLevel(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, READING_LEVEL_FIELDS);
    int sentences = StrictNodes.integer(f.required("sentences"), f.path("sentences"));
    int words = StrictNodes.integer(f.required("words"), f.path("words"));
    int syllables = StrictNodes.integer(f.required("syllables"), f.path("syllables"));
    try {
      return new ReadingLevel(sentences, words, syllables);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  static Reason reason(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, REASON_FIELDS);
    String rule = StrictNodes.nonBlankText(f.required("rule"), f.path("rule"));
    String explanation = StrictNodes.nonBlankText(f.required("explanation"), f.path("explanation"));
    RuleSource source = ruleSource(f.required("source"), f.path("source"));
    try {
      return new Reason(rule, explanation, source);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  static ResponsibilityClaim claim(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, CLAIM_FIELDS);
    PartyId holder = partyId(f.required("holder"), f.path("holder"));
    PersonId child = personId(f.required("child"), f.path("child"));
    ResponsibilityBasis basis =
        StrictNodes.constant(f.required("basis"), f.path("basis"), ResponsibilityBasis.class);
    LocalDate from = StrictNodes.date(f.required("from"), f.path("from"));
    JsonNode untilNode = f.optional("until");
    LocalDate until = untilNode == null ? null : StrictNodes.date(untilNode, f.path("until"));
    if (until != null && !until.isAfter(from)) {
      throw InvalidInputException.personal(f.path("until"), "must be after " + f.path("from"));
    }
    try {
      return new ResponsibilityClaim(holder, child, basis, from, until);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  static ResponsibilityFinding finding(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, FINDING_FIELDS);
    PartyId holder = partyId(f.required("holder"), f.path("holder"));
    PersonId child = personId(f.required("child"), f.path("child"));
    LocalDate date = StrictNodes.date(f.required("date"), f.path("date"));
    boolean holds = StrictNodes.bool(f.required("holds"), f.path("holds"));
    JsonNode basisNode = f.optional("basis");
    ResponsibilityBasis basis = basisNode == null
        ? null
        : StrictNodes.constant(basisNode, f.path("basis"), ResponsibilityBasis.class);
    if (holds && basis == null) {
      throw InvalidInputException.of(f.path("basis"), "is required when holds is true", null);
    }
    if (!holds && basis != null) {
      throw InvalidInputException.of(f.path("basis"), "must be absent when holds is false", null);
    }
    String reasonsPath = f.path("reasons");
    JsonNode reasonsNode = StrictNodes.array(f.required("reasons"), reasonsPath);
    if (reasonsNode.isEmpty()) {
      throw InvalidInputException.of(reasonsPath, "must name at least one reason", null);
    }
    List<Reason> reasons = new ArrayList<>(reasonsNode.size());
    for (int i = 0; i < reasonsNode.size(); i++) {
      reasons.add(reason(reasonsNode.get(i), JsonPaths.element(reasonsPath, i)));
    }
    try {
      return new ResponsibilityFinding(holder, child, date, holds, basis, reasons);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  /** Reads a constant by name; the path names the JSON location. */
  static <E extends Enum<E>> NodeReader<E> enumReader(Class<E> type) {
    return (node, path) -> StrictNodes.constant(node, path, type);
  }
}
