package io.coproduce.consent.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.event.InvalidationGround;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.PurposeKind;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Exports consent decisions as FHIR R4 {@code Consent} resources, and a young person's (or many
 * young people's) current decisions as a FHIR {@code Bundle} of type {@code collection}, built as
 * Jackson trees (no FHIR library is needed at run time). Immutable and thread-safe; every call
 * returns a new tree that the caller owns. People and organisations appear by pseudonymous id
 * only, never by name.
 *
 * <h2>Which events become resources</h2>
 *
 * <p>Each decision that is asked for or made — {@link ConsentAction#GIVEN}, {@link
 * ConsentAction#RENEWED}, {@link ConsentAction#REFUSED}, {@link ConsentAction#REQUESTED} and
 * {@link ConsentAction#DEFERRED} — is one {@code Consent}. A withdrawal, revocation, recorded
 * expiry or invalidation is not a resource of its own: it changes the status of the earlier
 * decision it ends (FHIR has no "withdrawal" resource; a FHIR server would update the earlier
 * Consent to {@code inactive}). The child's {@link ConsentAction#ASSENTED assent} and {@link
 * ConsentAction#DISSENTED dissent} are not legal consents and never become a {@code Consent}; in a
 * {@link #consentsOf(ConsentLedger, PersonId, Instant) Bundle} the child's latest assent or
 * dissent for a purpose is attached, as the {@link #childViewExtensionUrl() child-view} extension,
 * to each decision someone else made about it. A dissent does not change the FHIR status of a
 * parent's consent (the consent itself stands), so consumers that act on it must read the extension.
 *
 * <h2>Mapping</h2>
 *
 * <ul>
 *   <li>{@code id}: the event id ({@link #fhirId(String)} where it is not a valid FHIR id), and
 *       {@code identifier} the event id itself in {@link #eventIdentifierSystem()};
 *   <li>{@code status}: given or renewed → {@code active}; refused → {@code rejected}; requested
 *       or deferred → {@code proposed}; withdrawn, revoked, expired or invalidated → {@code
 *       inactive}, except invalidated on the ground {@link InvalidationGround#RECORDED_IN_ERROR}
 *       → {@code entered-in-error}. The DPV status IRI ({@link ConsentStatus#dpvIri()}) is kept
 *       in the {@link #dpvStatusExtensionUrl()} extension (HAPI's R4 validator reports unknown
 *       extensions as information only);
 *   <li>{@code scope}: {@code research} (consentscope code system) when any purpose is {@link
 *       PurposeKind#RESEARCH}, otherwise {@code patient-privacy};
 *   <li>{@code category}: LOINC {@code 59284-0} "Patient Consent", then one category per purpose
 *       kind in {@link #purposeKindSystem()} (separate concepts, since a purpose kind is not
 *       another name for "Patient Consent");
 *   <li>{@code patient}: {@code Patient/<subject id>}; {@code dateTime}: when it was recorded;
 *   <li>{@code performer}: who decided — {@code Patient/} for the young person, {@code
 *       RelatedPerson/} for a parent or legal representative, {@code Organization/} for a local
 *       authority or court; none for a request, which nobody has decided yet;
 *   <li>{@code organization}: the custodian, when the export was built with one;
 *   <li>{@code policy}: one entry whose {@code uri} is the law the decision rests on (by
 *       authority and UK nation: for example the Children Act 1989 s.3 for a parent in England,
 *       Gillick for an assessed-capable under-16 outside Scotland, the Data Protection Act 2018
 *       s.208 for Scotland's 12+ presumption; UK GDPR Art 7 for a request). Invariant ppc-1 needs
 *       {@code policy} or {@code policyRule}; {@code policy} is used because {@code policyRule}
 *       is bound (extensibly) to HL7's list of regional policies, which has no code for UK law,
 *       and a rule given as text only draws a validator warning. {@code policyRule} is never set;
 *   <li>{@code verification}, for decisions with evidence: {@code verified} true, {@code
 *       verificationDate} when recorded, {@code verifiedWith} the person who decided (R4 allows
 *       only Patient or RelatedPerson there, so it is left out for an organisation's decision, and
 *       the worker who recorded it cannot go there: HAPI reports a Practitioner as an error).
 *       The recorder goes in the {@link #recordedByExtensionUrl()} extension ({@code
 *       Practitioner/<id>}) and the method in {@link #methodExtensionUrl()}. The witness and the
 *       signature hash are not exported;
 *   <li>{@code provision}: {@code type} {@code permit} for grants, requests and deferrals (what is
 *       or would be agreed), {@code deny} for refusals; {@code period} the grant's validity
 *       ({@code end} is the first instant it no longer applies); {@code actor} each partner of a
 *       {@link PurposeKind#SHARING} purpose as {@code Organization/<id>} in the role {@code IRCP}
 *       (information recipient); {@code purpose} one coding per purpose in {@link
 *       #purposeSystem()}, code the purpose's text form ({@code QUOTATION:FIRST_NAME}). In a
 *       Bundle, an active grant that no longer covers some of its purposes (withdrawn for
 *       photographs only, or renewed separately for one purpose) has a nested {@code deny}
 *       provision per instant, listing those purposes from then on;
 *   <li>{@code text}: a short generated narrative of the above, ids only.
 * </ul>
 *
 * <p>Not exported: the information material shown, the withdrawal routes offered, a grant's
 * review date, what happens to collected material, and the capacity assessment a decision rests
 * on. Our code systems and extensions are not published as FHIR artefacts, so a validator says it
 * cannot check their codes (warnings, not errors).
 */
public final class FhirConsentExport {

  /** The default base of our code systems, identifier systems and extensions. */
  public static final String DEFAULT_BASE_URL = "https://coproduce.io/fhir";

  /** The LOINC code system. */
  public static final String LOINC = "http://loinc.org";

  /** HL7's consent scope code system (R4 {@code Consent.scope}). */
  public static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";

  /** HL7's v3 participation type code system (the role of a {@code provision.actor}). */
  public static final String PARTICIPATION_TYPE =
      "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9.-]{1,64}");
  private static final Instant FIRST_FHIR_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST_FHIR_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");
  private static final Set<ConsentStatus> ENDINGS = EnumSet.of(
      ConsentStatus.WITHDRAWN, ConsentStatus.REVOKED, ConsentStatus.EXPIRED, ConsentStatus.INVALIDATED);

  private final OrganisationId custodian;
  private final String baseUrl;

  private FhirConsentExport(OrganisationId custodian, String baseUrl) {
    this.custodian = custodian;
    this.baseUrl = baseUrl;
  }

  /** An export with no custodian organisation and {@link #DEFAULT_BASE_URL}. */
  public static FhirConsentExport defaults() {
    return new FhirConsentExport(null, DEFAULT_BASE_URL);
  }

  /** An export naming {@code custodian} as {@code Consent.organization}, with {@link #DEFAULT_BASE_URL}. */
  public static FhirConsentExport forCustodian(OrganisationId custodian) {
    return new FhirConsentExport(Objects.requireNonNull(custodian, "custodian"), DEFAULT_BASE_URL);
  }

  /**
   * An export naming {@code custodian} as {@code Consent.organization}, with our code systems,
   * identifier systems and extensions under {@code baseUrl}.
   *
   * @throws InvalidInputException naming {@code fhirConsentExport.baseUrl} when it is not an
   *     absolute http or https URL without query, fragment or trailing slash
   */
  public static FhirConsentExport of(OrganisationId custodian, String baseUrl) {
    return new FhirConsentExport(Objects.requireNonNull(custodian, "custodian"), checkBase(baseUrl));
  }

  /** Returns a copy with our code systems, identifier systems and extensions under {@code baseUrl}. */
  public FhirConsentExport withBaseUrl(String baseUrl) {
    return new FhirConsentExport(custodian, checkBase(baseUrl));
  }

  private static String checkBase(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String rule = "must be an absolute http or https URL without query, fragment or trailing slash";
    try {
      URI uri = new URI(baseUrl);
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null
          || baseUrl.endsWith("/")) {
        throw InvalidInputException.of("fhirConsentExport.baseUrl", rule, baseUrl);
      }
    } catch (URISyntaxException e) {
      throw InvalidInputException.of("fhirConsentExport.baseUrl", rule, baseUrl, e);
    }
    return baseUrl;
  }

  /** Returns the custodian named as {@code Consent.organization}, if any. */
  public Optional<OrganisationId> custodian() {
    return Optional.ofNullable(custodian);
  }

  /** Returns the base of our code systems, identifier systems and extensions. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Returns our code system of purposes; codes are {@link Purpose#toString()}. */
  public String purposeSystem() {
    return baseUrl + "/CodeSystem/purpose";
  }

  /** Returns our code system of purpose kinds; codes are {@link PurposeKind} names. */
  public String purposeKindSystem() {
    return baseUrl + "/CodeSystem/purpose-kind";
  }

  /** Returns the identifier system of consent event ids. */
  public String eventIdentifierSystem() {
    return baseUrl + "/NamingSystem/consent-event-id";
  }

  /** Returns the URL of the extension holding the DPV consent status IRI ({@code valueUri}). */
  public String dpvStatusExtensionUrl() {
    return baseUrl + "/StructureDefinition/dpv-consent-status";
  }

  /**
   * Returns the URL of the extension holding the child's assent or dissent beside someone else's
   * decision: sub-extensions {@code view} ({@code valueCode} {@code assented} or {@code
   * dissented}), {@code recorded} ({@code valueDateTime}), {@code event} ({@code valueIdentifier},
   * the assent or dissent event) and one {@code purpose} ({@code valueCoding}) per purpose of the
   * decision it is about.
   */
  public String childViewExtensionUrl() {
    return baseUrl + "/StructureDefinition/child-view";
  }

  /** Returns the URL of the extension on {@code verification} naming the worker who recorded it. */
  public String recordedByExtensionUrl() {
    return baseUrl + "/StructureDefinition/recorded-by";
  }

  /** Returns the URL of the extension on {@code verification} with how it was captured ({@code valueCode}). */
  public String methodExtensionUrl() {
    return baseUrl + "/StructureDefinition/consent-method";
  }

  /**
   * Returns the FHIR resource id for a Coproduce id. FHIR ids allow {@code A-Z a-z 0-9 - .};
   * Coproduce ids also allow {@code _}. An id without {@code _} is used as it is; one with
   * {@code _} becomes {@code -} followed by 63 hex digits of its SHA-256, which no Coproduce id
   * can equal (they start with a letter or digit). The same id always gives the same FHIR id.
   */
  public static String fhirId(String coproduceId) {
    Objects.requireNonNull(coproduceId, "coproduceId");
    if (FHIR_ID.matcher(coproduceId).matches()) {
      return coproduceId;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(coproduceId.getBytes(StandardCharsets.UTF_8));
      StringBuilder s = new StringBuilder("-");
      for (byte b : hash) {
        s.append(String.format(Locale.ROOT, "%02x", b));
      }
      return s.substring(0, 64);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * One {@code Consent} for a decision, with the status the decision itself led to (given,
   * refused and so on), as when it was recorded.
   *
   * @throws InvalidInputException naming {@code consentEvent.action} when the event is not a
   *     decision that becomes a resource (see the class description)
   */
  public ObjectNode consent(ConsentEvent decision) {
    Objects.requireNonNull(decision, "decision");
    requireExported(decision);
    return consent(decision, decision.action().status(), null);
  }

  /**
   * One {@code Consent} for a decision whose status is now {@code statusNow}: its own status, or
   * withdrawn, revoked, expired or invalidated when a later event or its validity ended it.
   * Equivalent to {@link #consent(ConsentEvent, ConsentStatus, InvalidationGround)} with no ground.
   *
   * @throws InvalidInputException naming {@code consentEvent.action} or {@code
   *     fhirConsentExport.statusNow} as described there
   */
  public ObjectNode consent(ConsentEvent decision, ConsentStatus statusNow) {
    return consent(decision, statusNow, null);
  }

  /**
   * One {@code Consent} for a decision whose status is now {@code statusNow}, invalidated on
   * {@code ground} (which makes an invalidation {@code entered-in-error} when it is {@link
   * InvalidationGround#RECORDED_IN_ERROR}).
   *
   * @param decision a given, renewed, refused, requested or deferred event
   * @param statusNow the decision's own status, or withdrawn, revoked, expired or invalidated
   * @param ground why it was invalidated, or {@code null}; only with {@link ConsentStatus#INVALIDATED}
   * @throws InvalidInputException naming {@code consentEvent.action} when the event is not a
   *     decision that becomes a resource; {@code fhirConsentExport.statusNow} when the status
   *     cannot be that decision's (unknown, or another decision's, which is a resource of its own);
   *     {@code fhirConsentExport.invalidationGround} when a ground comes without INVALIDATED; and
   *     {@code consentEvent.recordedAt} or {@code validity} for an instant outside the years 1 to 9999
   */
  public ObjectNode consent(ConsentEvent decision, ConsentStatus statusNow, InvalidationGround ground) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(statusNow, "statusNow");
    requireExported(decision);
    ConsentStatus own = decision.action().status();
    if (statusNow != own && !ENDINGS.contains(statusNow)) {
      throw InvalidInputException.of("fhirConsentExport.statusNow", "must be " + own
          + " (the decision's own status) or WITHDRAWN, REVOKED, EXPIRED or INVALIDATED for a "
          + decision.action() + " decision; a later decision is exported as a Consent of its own",
          statusNow);
    }
    if (ground != null && statusNow != ConsentStatus.INVALIDATED) {
      throw InvalidInputException.of(
          "fhirConsentExport.invalidationGround", "applies only when statusNow is INVALIDATED", ground);
    }
    return resource(new DecisionState(decision, statusNow, ground, List.of(), List.of()));
  }

  /**
   * A {@code Bundle} (type {@code collection}, timestamp {@code asOf}) of {@code subject}'s current
   * decisions as they stood at {@code asOf}, ignoring changes of information material. See the
   * class description for which decisions are current and how later events change their status.
   */
  public ObjectNode consentsOf(ConsentLedger ledger, PersonId subject, Instant asOf) {
    return consentsOf(ledger, List.of(Objects.requireNonNull(subject, "subject")), asOf,
        MaterialCatalogue.empty());
  }

  /** Like {@link #consentsOf(ConsentLedger, PersonId, Instant)}, for many young people in one Bundle, in the order given. */
  public ObjectNode consentsOf(ConsentLedger ledger, Collection<PersonId> subjects, Instant asOf) {
    return consentsOf(ledger, subjects, asOf, MaterialCatalogue.empty());
  }

  /**
   * A {@code Bundle} (type {@code collection}, timestamp {@code asOf}) of the current decisions of
   * each of {@code subjects} (in the order given, each once) as they stood at {@code asOf}: a grant
   * whose material had a new major version published by then counts as invalidated.
   *
   * <p>A decision is current while no later decision covers any of its purposes; a decision that
   * later ones have replaced for every purpose is history and is left out. A current decision
   * keeps its own status while it is in force for at least one purpose; otherwise it takes the
   * status of the latest withdrawal, revocation, expiry or invalidation that ended it. Events
   * recorded after {@code asOf} never change the answer.
   *
   * @throws InvalidInputException naming {@code fhirConsentExport.asOf} for an instant outside the
   *     years 1 to 9999
   */
  public ObjectNode consentsOf(
      ConsentLedger ledger, Collection<PersonId> subjects, Instant asOf, MaterialCatalogue materials) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(subjects, "subjects");
    Objects.requireNonNull(materials, "materials");
    String timestamp = dateTime("fhirConsentExport.asOf", asOf);
    ObjectNode bundle = JSON.objectNode();
    bundle.put("resourceType", "Bundle");
    bundle.put("type", "collection");
    bundle.put("timestamp", timestamp);
    ArrayNode entries = JSON.arrayNode();
    for (PersonId subject : new LinkedHashSet<>(subjects)) {
      Objects.requireNonNull(subject, "subject");
      for (DecisionState state : DecisionState.read(ledger, subject, asOf, materials)) {
        ObjectNode entry = entries.addObject();
        entry.put("fullUrl", fullUrl(state.decision()));
        entry.set("resource", resource(state));
      }
    }
    if (!entries.isEmpty()) {
      bundle.set("entry", entries);
    }
    return bundle;
  }

  /** The stable {@code urn:uuid} a decision's resource has in a Bundle (a name-based UUID of its identifier). */
  private String fullUrl(ConsentEvent decision) {
    String name = eventIdentifierSystem() + "|" + decision.id().value();
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  private static void requireExported(ConsentEvent event) {
    ConsentAction action = event.action();
    if (action.isAssentOrDissent()) {
      throw InvalidInputException.of("consentEvent.action", action + " is the child's own view beside"
          + " someone else's consent, not a consent decision: it is not a FHIR Consent (a Bundle"
          + " carries it in the child-view extension of the decisions it sits beside)", event.id());
    }
    if (!DecisionState.isExported(action)) {
      throw InvalidInputException.of("consentEvent.action", action + " changes the status of an earlier"
          + " decision and is not a FHIR Consent of its own: export that decision with status "
          + action.status(), event.id());
    }
  }

  /** Returns the FHIR R4 Consent.status code for a status. */
  static String fhirStatus(ConsentStatus status, InvalidationGround ground) {
    return switch (status) {
      case GIVEN, RENEWED -> "active";
      case REFUSED -> "rejected";
      case REQUESTED, DEFERRED -> "proposed";
      case WITHDRAWN, REVOKED, EXPIRED -> "inactive";
      case INVALIDATED -> ground == InvalidationGround.RECORDED_IN_ERROR ? "entered-in-error" : "inactive";
      case UNKNOWN -> throw InvalidInputException.of("fhirConsentExport.statusNow",
          "must not be UNKNOWN: a recorded decision always has a status", status);
    };
  }

  private ObjectNode resource(DecisionState state) {
    ConsentEvent d = state.decision();
    String status = fhirStatus(state.status(), state.ground());
    String recorded = dateTime("consentEvent.recordedAt", d.recordedAt());
    ObjectNode c = JSON.objectNode();
    c.put("resourceType", "Consent");
    c.put("id", fhirId(d.id().value()));
    c.set("text", narrative(state, status));
    ArrayNode extensions = JSON.arrayNode();
    extensions.addObject().put("url", dpvStatusExtensionUrl()).put("valueUri", state.status().dpvIri());
    for (DecisionState.ChildView view : state.childViews()) {
      extensions.add(childView(view));
    }
    c.set("extension", extensions);
    c.putArray("identifier").add(identifier(d));
    c.put("status", status);
    boolean research = d.purposes().stream().anyMatch(p -> p.kind() == PurposeKind.RESEARCH);
    c.set("scope", concept(coding(CONSENT_SCOPE, research ? "research" : "patient-privacy",
        research ? "Research" : "Privacy Consent")));
    ArrayNode category = c.putArray("category");
    category.add(concept(coding(LOINC, "59284-0", "Patient Consent")));
    d.purposes().stream().map(Purpose::kind).distinct()
        .forEach(k -> category.add(concept(coding(purposeKindSystem(), k.name(), k.description()))));
    c.set("patient", reference("Patient", d.subject()));
    c.put("dateTime", recorded);
    if (d.action() != ConsentAction.REQUESTED) {
      c.putArray("performer").add(performer(d));
    }
    if (custodian != null) {
      c.putArray("organization").add(reference("Organization", custodian));
    }
    c.putArray("policy").addObject().put("uri", LegalBasis.uri(d.authority(), d.jurisdiction()));
    if (d.action() != ConsentAction.REQUESTED) {
      d.captured().ifPresent(e -> c.putArray("verification").add(verification(d, e, recorded)));
    }
    c.set("provision", provision(state));
    return c;
  }

  private ObjectNode identifier(ConsentEvent event) {
    return JSON.objectNode().put("system", eventIdentifierSystem()).put("value", event.id().value());
  }

  private ObjectNode performer(ConsentEvent d) {
    return reference(resourceTypeOfDecider(d), d.decidedBy());
  }

  /** Patient for the young person, Organization for a local authority or court, RelatedPerson otherwise. */
  private static String resourceTypeOfDecider(ConsentEvent d) {
    if (d.isBySubject()) {
      return "Patient";
    }
    return d.decidedBy() instanceof OrganisationId ? "Organization" : "RelatedPerson";
  }

  private ObjectNode verification(ConsentEvent d, Evidence evidence, String recorded) {
    ObjectNode v = JSON.objectNode();
    ArrayNode ext = v.putArray("extension");
    ext.addObject().put("url", recordedByExtensionUrl())
        .set("valueReference", reference("Practitioner", evidence.recordedBy()));
    ext.addObject().put("url", methodExtensionUrl())
        .put("valueCode", evidence.method().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    v.put("verified", true);
    if (!(d.decidedBy() instanceof OrganisationId)) {
      v.set("verifiedWith", reference(resourceTypeOfDecider(d), d.decidedBy()));
    }
    v.put("verificationDate", recorded);
    return v;
  }

  private ObjectNode provision(DecisionState state) {
    ConsentEvent d = state.decision();
    ObjectNode p = JSON.objectNode();
    p.put("type", d.action() == ConsentAction.REFUSED ? "deny" : "permit");
    d.period().ifPresent(v -> p.set("period", period(v)));
    addPurposes(p, d.purposes());
    if (d.action().isGrant() && state.status().isValidForProcessing() && !state.ended().isEmpty()) {
      Map<Instant, List<Purpose>> byInstant = new TreeMap<>();
      for (DecisionState.Ended e : state.ended()) {
        byInstant.computeIfAbsent(e.at(), k -> new ArrayList<>()).add(e.purpose());
      }
      ArrayNode nested = p.putArray("provision");
      byInstant.forEach((at, purposes) -> {
        ObjectNode deny = nested.addObject();
        deny.put("type", "deny");
        deny.putObject("period").put("start", dateTime("consentEvent.recordedAt", at));
        addPurposes(deny, purposes);
      });
    }
    return p;
  }

  private void addPurposes(ObjectNode provision, Collection<Purpose> purposes) {
    ArrayNode actors = JSON.arrayNode();
    for (Purpose purpose : purposes) {
      purpose.partner().ifPresent(partner -> {
        ObjectNode actor = actors.addObject();
        actor.set("role", concept(coding(PARTICIPATION_TYPE, "IRCP", "information recipient")));
        actor.set("reference", reference("Organization", partner));
      });
    }
    if (!actors.isEmpty()) {
      provision.set("actor", actors);
    }
    ArrayNode codings = provision.putArray("purpose");
    purposes.forEach(purpose -> codings.add(coding(purposeSystem(), purpose.toString(), purpose.describe())));
  }

  private static ObjectNode period(Validity validity) {
    ObjectNode period = JSON.objectNode();
    period.put("start", dateTime("validity.from", validity.from()));
    validity.end().ifPresent(until -> period.put("end", dateTime("validity.until", until)));
    return period;
  }

  private ObjectNode childView(DecisionState.ChildView view) {
    ConsentEvent e = view.view();
    ObjectNode ext = JSON.objectNode();
    ext.put("url", childViewExtensionUrl());
    ArrayNode parts = ext.putArray("extension");
    parts.addObject().put("url", "view")
        .put("valueCode", e.action() == ConsentAction.ASSENTED ? "assented" : "dissented");
    parts.addObject().put("url", "recorded")
        .put("valueDateTime", dateTime("consentEvent.recordedAt", e.recordedAt()));
    parts.addObject().put("url", "event").set("valueIdentifier", identifier(e));
    for (Purpose p : view.purposes()) {
      parts.addObject().put("url", "purpose")
          .set("valueCoding", coding(purposeSystem(), p.toString(), p.describe()));
    }
    return ext;
  }

  private ObjectNode narrative(DecisionState state, String fhirStatus) {
    ConsentEvent d = state.decision();
    StringBuilder html = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>");
    html.append("Consent record ").append(escape(d.id().value())).append(": ").append(d.action());
    if (d.action() != ConsentAction.REQUESTED) {
      html.append(" by ").append(resourceTypeOfDecider(d)).append('/').append(fhirId(d.decidedBy().value()));
      d.decidedOn().map(DecisionAuthority::name).ifPresent(a -> html.append(" (").append(a).append(')'));
    }
    html.append(" for Patient/").append(fhirId(d.subject().value()))
        .append("; status ").append(state.status()).append(" (").append(fhirStatus).append(").</p><p>Purposes: ")
        .append(escape(d.purposes().stream().map(Purpose::describe).collect(Collectors.joining("; "))))
        .append(".</p>");
    d.period().ifPresent(v -> html.append("<p>Applies from ").append(v.from())
        .append(v.end().map(u -> " until " + u).orElse("")).append(".</p>"));
    for (DecisionState.ChildView view : state.childViews()) {
      html.append("<p>The young person ").append(view.view().action() == ConsentAction.ASSENTED
          ? "assented" : "dissented").append(" at ").append(view.view().recordedAt()).append(".</p>");
    }
    html.append("</div>");
    return JSON.objectNode().put("status", "generated").put("div", html.toString());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static ObjectNode reference(String type, PartyId id) {
    return JSON.objectNode().put("reference", type + "/" + fhirId(id.value()));
  }

  private static ObjectNode coding(String system, String code, String display) {
    return JSON.objectNode().put("system", system).put("code", code).put("display", display);
  }

  private static ObjectNode concept(ObjectNode coding) {
    ObjectNode concept = JSON.objectNode();
    concept.putArray("coding").add(coding);
    return concept;
  }

  private static String dateTime(String field, Instant instant) {
    Objects.requireNonNull(instant, field);
    if (instant.isBefore(FIRST_FHIR_INSTANT) || instant.isAfter(LAST_FHIR_INSTANT)) {
      throw InvalidInputException.of(field, "must fall in the years 1 to 9999 to be a FHIR dateTime", instant);
    }
    return instant.toString();
  }

  /** Returns the custodian and base URL. */
  @Override
  public String toString() {
    return "FhirConsentExport[custodian=" + (custodian == null ? "none" : custodian.value())
        + ", baseUrl=" + baseUrl + "]";
  }
}
