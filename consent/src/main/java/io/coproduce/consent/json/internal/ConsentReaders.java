package io.coproduce.consent.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.capacity.CapacityAssessmentId;
import io.coproduce.consent.capacity.CapacityCriterion;
import io.coproduce.consent.event.CollectedMaterialHandling;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentMethod;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.event.InvalidationGround;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.consent.ledger.LedgerRecord;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.json.CoproduceCoreModule;
import io.coproduce.core.json.strict.NodeReader;
import io.coproduce.core.json.strict.StrictNodes;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.readability.ReadingLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads every consent type from a strict JSON tree (see {@link
 * io.coproduce.consent.json.CoproduceConsentModule} for the shapes). Each reader validates
 * before it constructs, so errors name the JSON path; a model constructor's error is moved
 * under the path of the object being read.
 */
final class ConsentReaders {

  static final String EVENT = "consentEvent";
  static final String ASSESSMENT = "capacityAssessment";

  static final List<String> MATERIAL_FIELDS = List.of("id", "version", "language", "readingLevel");
  static final List<String> PUBLICATION_FIELDS = List.of("material", "version", "publishedAt");
  static final List<String> EVIDENCE_FIELDS = List.of("method", "recordedBy", "witness", "signatureHash");
  static final List<String> VALIDITY_FIELDS = List.of("from", "until", "reviewOn");
  static final List<String> EVENT_FIELDS = List.of(
      "id", "subject", "purposes", "action", "recordedAt", "decidedBy", "authority", "evidence",
      "material", "validity", "jurisdiction", "withdrawalRoutes", "handling",
      "capacityAssessment", "invalidationGround");
  static final List<String> ASSESSMENT_FIELDS =
      List.of("id", "subject", "purposes", "assessedAt", "assessor", "criteriaMet");
  static final List<String> RECORD_FIELDS = List.of(EVENT, ASSESSMENT);

  private static final NodeReader<PersonId> PERSON = CoproduceCoreModule.reader(PersonId.class);
  private static final NodeReader<PartyId> PARTY = CoproduceCoreModule.reader(PartyId.class);
  private static final NodeReader<Jurisdiction> NATION = CoproduceCoreModule.reader(Jurisdiction.class);
  private static final NodeReader<ReadingLevel> LEVEL = CoproduceCoreModule.reader(ReadingLevel.class);

  private ConsentReaders() {}

  /** Reads a text form with the model's own parser, reporting its error at {@code path}. */
  static <T> NodeReader<T> text(Function<String, T> parse) {
    return (node, path) -> {
      String text = StrictNodes.text(node, path);
      try {
        return parse.apply(text);
      } catch (InvalidInputException e) {
        throw StrictNodes.at(path, e);
      }
    };
  }

  static final NodeReader<ConsentEventId> EVENT_ID = text(ConsentEventId::parse);
  static final NodeReader<CapacityAssessmentId> ASSESSMENT_ID = text(CapacityAssessmentId::parse);
  static final NodeReader<MaterialId> MATERIAL_ID = text(MaterialId::parse);
  static final NodeReader<MaterialVersion> VERSION = text(MaterialVersion::parse);
  static final NodeReader<Purpose> PURPOSE = text(Purpose::parse);

  static InformationMaterial material(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, MATERIAL_FIELDS);
    MaterialId id = MATERIAL_ID.read(f.required("id"), f.path("id"));
    MaterialVersion version = VERSION.read(f.required("version"), f.path("version"));
    String language = StrictNodes.text(f.required("language"), f.path("language"));
    JsonNode level = f.optional("readingLevel");
    ReadingLevel readingLevel = level == null ? null : LEVEL.read(level, f.path("readingLevel"));
    try {
      return new InformationMaterial(id, version, language, readingLevel);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  static Publication publication(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, PUBLICATION_FIELDS);
    return Publication.of(
        MATERIAL_ID.read(f.required("material"), f.path("material")),
        VERSION.read(f.required("version"), f.path("version")),
        StrictNodes.instant(f.required("publishedAt"), f.path("publishedAt")));
  }

  static Evidence evidence(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, EVIDENCE_FIELDS);
    ConsentMethod method = StrictNodes.constant(f.required("method"), f.path("method"), ConsentMethod.class);
    PersonId recordedBy = PERSON.read(f.required("recordedBy"), f.path("recordedBy"));
    JsonNode w = f.optional("witness");
    PersonId witness = w == null ? null : PERSON.read(w, f.path("witness"));
    JsonNode s = f.optional("signatureHash");
    String hash = s == null ? null : StrictNodes.text(s, f.path("signatureHash"));
    try {
      return new Evidence(method, recordedBy, witness, hash);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  static Validity validity(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, VALIDITY_FIELDS);
    Instant from = StrictNodes.instant(f.required("from"), f.path("from"));
    JsonNode u = f.optional("until");
    Instant until = u == null ? null : StrictNodes.instant(u, f.path("until"));
    JsonNode r = f.optional("reviewOn");
    // Read before the try: its error already names its full path and must not be moved under it again.
    LocalDate reviewOn = r == null ? null : StrictNodes.date(r, f.path("reviewOn"));
    try {
      return new Validity(from, until, reviewOn);
    } catch (InvalidInputException e) {
      // Instants may be personal (when someone was seen): withhold them, as StrictNodes.instant does.
      throw InvalidInputException.personal(StrictNodes.fieldUnder(path, e.field()), e.rule());
    }
  }

  static ConsentEvent event(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, EVENT_FIELDS);
    ConsentEventId id = EVENT_ID.read(f.required("id"), f.path("id"));
    PersonId subject = PERSON.read(f.required("subject"), f.path("subject"));
    List<Purpose> purposes = StrictNodes.list(f.required("purposes"), f.path("purposes"), PURPOSE);
    ConsentAction action = StrictNodes.constant(f.required("action"), f.path("action"), ConsentAction.class);
    Instant recordedAt = StrictNodes.instant(f.required("recordedAt"), f.path("recordedAt"));
    PartyId decidedBy = PARTY.read(f.required("decidedBy"), f.path("decidedBy"));
    DecisionAuthority authority = optionalConstant(f, "authority", DecisionAuthority.class);
    JsonNode e = f.optional("evidence");
    Evidence evidence = e == null ? null : evidence(e, f.path("evidence"));
    JsonNode m = f.optional("material");
    InformationMaterial material = m == null ? null : material(m, f.path("material"));
    JsonNode v = f.optional("validity");
    Validity validity = v == null ? null : validity(v, f.path("validity"));
    Jurisdiction jurisdiction = NATION.read(f.required("jurisdiction"), f.path("jurisdiction"));
    JsonNode r = f.optional("withdrawalRoutes");
    List<WithdrawalRoute> routes = r == null ? List.of()
        : StrictNodes.list(r, f.path("withdrawalRoutes"),
            (n, p) -> StrictNodes.constant(n, p, WithdrawalRoute.class));
    CollectedMaterialHandling handling = optionalConstant(f, "handling", CollectedMaterialHandling.class);
    JsonNode c = f.optional("capacityAssessment");
    CapacityAssessmentId assessment = c == null ? null : ASSESSMENT_ID.read(c, f.path("capacityAssessment"));
    InvalidationGround ground = optionalConstant(f, "invalidationGround", InvalidationGround.class);
    requireDistinct(purposes, f.path("purposes"));
    requireDistinct(routes, f.path("withdrawalRoutes"));
    try {
      return new ConsentEvent(id, subject, Set.copyOf(purposes), action, recordedAt,
          decidedBy, authority, evidence, material, validity, jurisdiction,
          Set.copyOf(routes), handling, assessment, ground);
    } catch (InvalidInputException ex) {
      throw StrictNodes.under(path, ex);
    }
  }

  static CapacityAssessment assessment(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, ASSESSMENT_FIELDS);
    CapacityAssessmentId id = ASSESSMENT_ID.read(f.required("id"), f.path("id"));
    PersonId subject = PERSON.read(f.required("subject"), f.path("subject"));
    List<Purpose> purposes = StrictNodes.list(f.required("purposes"), f.path("purposes"), PURPOSE);
    Instant assessedAt = StrictNodes.instant(f.required("assessedAt"), f.path("assessedAt"));
    PersonId assessor = PERSON.read(f.required("assessor"), f.path("assessor"));
    List<CapacityCriterion> met = StrictNodes.list(f.required("criteriaMet"), f.path("criteriaMet"),
        (n, p) -> StrictNodes.constant(n, p, CapacityCriterion.class));
    requireDistinct(purposes, f.path("purposes"));
    requireDistinct(met, f.path("criteriaMet"));
    try {
      return new CapacityAssessment(id, subject, Set.copyOf(purposes), assessedAt,
          assessor, Set.copyOf(met));
    } catch (InvalidInputException ex) {
      throw StrictNodes.under(path, ex);
    }
  }

  static LedgerRecord record(JsonNode node, String path) {
    StrictNodes.Fields f = StrictNodes.object(node, path, RECORD_FIELDS);
    JsonNode event = f.optional(EVENT);
    JsonNode assessment = f.optional(ASSESSMENT);
    if ((event == null) == (assessment == null)) {
      throw InvalidInputException.of(path, "must hold exactly one of consentEvent, capacityAssessment", null);
    }
    return event != null
        ? LedgerRecord.of(event(event, f.path(EVENT)))
        : LedgerRecord.of(assessment(assessment, f.path(ASSESSMENT)));
  }

  private static <E extends Enum<E>> E optionalConstant(StrictNodes.Fields f, String name, Class<E> type) {
    JsonNode n = f.optional(name);
    return n == null ? null : StrictNodes.constant(n, f.path(name), type);
  }

  private static void requireDistinct(List<?> values, String path) {
    if (new HashSet<>(values).size() != values.size()) {
      throw InvalidInputException.of(path, "must not list the same value twice", null);
    }
  }
}
