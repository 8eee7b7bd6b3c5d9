package io.coproduce.consent.json;

import static io.coproduce.consent.ledger.LedgerFixtures.CHILD;
import static io.coproduce.consent.ledger.LedgerFixtures.PHOTOS;
import static io.coproduce.consent.ledger.LedgerFixtures.SHEET;
import static io.coproduce.consent.ledger.LedgerFixtures.T0;
import static io.coproduce.consent.ledger.LedgerFixtures.VIDEO;
import static io.coproduce.consent.ledger.LedgerFixtures.WITNESS;
import static io.coproduce.consent.ledger.LedgerFixtures.WORKER;
import static io.coproduce.consent.ledger.LedgerFixtures.assessment;
import static io.coproduce.consent.ledger.LedgerFixtures.at;
import static io.coproduce.consent.ledger.LedgerFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.capacity.CapacityAssessmentId;
import io.coproduce.consent.capacity.CapacityCriterion;
import io.coproduce.consent.capacity.CapacityOutcome;
import io.coproduce.consent.event.CollectedMaterialHandling;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentMethod;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.event.InvalidationGround;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.consent.ledger.LedgerFixtures;
import io.coproduce.consent.ledger.LedgerRecord;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.policy.DecisionRoute;
import io.coproduce.consent.policy.ParentalInvolvement;
import io.coproduce.consent.purpose.OnlineServiceKind;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.PurposeKind;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.consent.purpose.ResearchKind;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.json.CoproduceCoreModule;
import io.coproduce.core.readability.ReadingLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CoproduceConsentModuleTest {

  private static final ObjectMapper FOUND = new ObjectMapper().findAndRegisterModules();
  private static final ObjectMapper REGISTERED = new ObjectMapper().registerModule(new CoproduceConsentModule());

  /** A host's own bean holding consent values. */
  record History(List<ConsentEvent> events, Map<Purpose, ConsentStatus> statuses, LedgerRecord last) {}

  // ---- discovery --------------------------------------------------------------------------

  @Test
  void isFoundByFindAndRegisterModulesWithTheCoreModule() {
    assertThat(FOUND.getRegisteredModuleIds())
        .contains(CoproduceConsentModule.class.getName(), CoproduceCoreModule.class.getName());
  }

  @Test
  void registersTheCoreModuleItDependsOn() throws Exception {
    CoproduceConsentModule module = new CoproduceConsentModule();

    assertThat(module.getModuleName()).isEqualTo("io.coproduce.consent");
    assertThat(module.getDependencies()).singleElement().isInstanceOf(CoproduceCoreModule.class);
    assertThat(REGISTERED.getRegisteredModuleIds()).contains(CoproduceCoreModule.class.getName());
    assertThat(REGISTERED.writeValueAsString(io.coproduce.core.jurisdiction.Jurisdiction.WALES))
        .isEqualTo("\"GB-WLS\"");
  }

  @Test
  void registeringTwiceIsHarmless() throws Exception {
    ObjectMapper twice = new ObjectMapper()
        .registerModule(new CoproduceConsentModule())
        .registerModule(new CoproduceConsentModule())
        .findAndRegisterModules();

    assertThat(twice.writeValueAsString(MaterialVersion.of(2, 1))).isEqualTo("\"2.1\"");
  }

  // ---- round trips ------------------------------------------------------------------------

  static Stream<Arguments> values() {
    List<Arguments> values = new ArrayList<>();
    add(values, ConsentEventId.parse("E-1"), CapacityAssessmentId.parse("A.1_b-2"), MaterialId.parse("sheet-9"),
        MaterialVersion.of(1, 0), MaterialVersion.of(9999, 9999));
    add(values, Purpose.takingPart(), Purpose.quotation(QuoteAttribution.CHOSEN_NAME),
        Purpose.sharingWith(LedgerFixtures.COUNCIL), Purpose.research(ResearchKind.CLINICAL_TRIAL_OF_MEDICINE),
        Purpose.onlineService(OnlineServiceKind.PREVENTIVE_OR_COUNSELLING_SERVICE),
        Purpose.organisationDefined("residential-trip"));
    add(values, InformationMaterial.of(SHEET, MaterialVersion.of(2, 3), "en-GB", new ReadingLevel(3, 30, 45)),
        InformationMaterial.nonText(SHEET, MaterialVersion.of(1, 0), "cy"),
        Publication.of(SHEET, MaterialVersion.of(2, 0), at(30)));
    add(values, Evidence.of(ConsentMethod.WRITTEN, WORKER), Evidence.verbal(WORKER, WITNESS),
        Evidence.of(ConsentMethod.DIGITAL, WORKER).withSignatureHash("0f".repeat(32)));
    add(values, Validity.from(T0), Validity.between(T0, at(1)),
        Validity.from(Instant.parse("2026-03-01T10:00:00.123456789Z")).withReviewOn(LocalDate.of(2027, 1, 31)));
    for (ConsentEvent e : LedgerFixtures.oneOfEveryAction()) {
      add(values, e, LedgerRecord.of(e));
    }
    add(values, LedgerFixtures.richGrant(), LedgerRecord.of(LedgerFixtures.richGrant()),
        LedgerFixtures.selfAssessedGrant("E-own", CHILD, T0, "A-1", PHOTOS, VIDEO));
    CapacityAssessment none = CapacityAssessment.of(CapacityAssessmentId.parse("A-0"), CHILD, Set.of(PHOTOS), T0,
        LedgerFixtures.ASSESSOR, Set.of());
    add(values, assessment("A-1", CHILD, T0, true, PHOTOS, VIDEO), assessment("A-2", CHILD, T0, false, PHOTOS),
        none, LedgerRecord.of(none));
    for (Class<? extends Enum<?>> type : List.of(PurposeKind.class, QuoteAttribution.class, ResearchKind.class,
        OnlineServiceKind.class, ConsentAction.class, ConsentStatus.class, DecisionAuthority.class,
        ConsentMethod.class, WithdrawalRoute.class, CollectedMaterialHandling.class, InvalidationGround.class,
        CapacityCriterion.class, CapacityOutcome.class, DecisionRoute.class, ParentalInvolvement.class)) {
      add(values, (Object[]) type.getEnumConstants());
    }
    return values.stream();
  }

  private static void add(List<Arguments> to, Object... values) {
    for (Object v : values) {
      to.add(Arguments.of(v.getClass().getSimpleName() + " " + v, v));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void readsBackWhatItWrites(String name, Object value) throws Exception {
    String found = FOUND.writeValueAsString(value);
    String registered = REGISTERED.writeValueAsString(value);

    assertThat(registered).isEqualTo(found);
    assertThat(FOUND.readValue(found, value.getClass())).isEqualTo(value);
    assertThat(REGISTERED.readValue(found, value.getClass())).isEqualTo(value);
    assertThat(found).doesNotContain("@class", "@type", "io.coproduce", "java.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void writesEqualValuesAsIdenticalJson(String name, Object value) throws Exception {
    Object copy = FOUND.readValue(FOUND.writeValueAsString(value), value.getClass());

    assertThat(FOUND.writeValueAsBytes(copy)).isEqualTo(FOUND.writeValueAsBytes(value));
  }

  static Stream<Arguments> exactJson() {
    return Stream.of(
        Arguments.of(ConsentEventId.parse("E-1"), "'E-1'"),
        Arguments.of(MaterialVersion.of(2, 10), "'2.10'"),
        Arguments.of(Purpose.quotation(QuoteAttribution.FIRST_NAME), "'QUOTATION:FIRST_NAME'"),
        Arguments.of(ConsentStatus.WITHDRAWN, "'WITHDRAWN'"),
        Arguments.of(Publication.of(SHEET, MaterialVersion.of(2, 0), at(30)),
            "{'material':'photo-sheet','version':'2.0','publishedAt':'2026-03-01T10:30:00Z'}"),
        Arguments.of(Evidence.verbal(WORKER, WITNESS).withSignatureHash("0f".repeat(32)),
            "{'method':'VERBAL_WITNESSED','recordedBy':'W-1','witness':'W-2','signatureHash':'" + "0f".repeat(32) + "'}"),
        Arguments.of(Validity.between(T0, at(1)).withReviewOn(LocalDate.of(2026, 4, 1)),
            "{'from':'2026-03-01T10:00:00Z','until':'2026-03-01T10:01:00Z','reviewOn':'2026-04-01'}"),
        Arguments.of(InformationMaterial.nonText(SHEET, MaterialVersion.of(1, 0), "cy"),
            "{'id':'photo-sheet','version':'1.0','language':'cy'}"),
        Arguments.of(event("E-2", CHILD, ConsentAction.WITHDRAWN, T0, VIDEO, PHOTOS),
            "{'id':'E-2','subject':'C-1','purposes':['PHOTOGRAPHY','VIDEO'],'action':'WITHDRAWN',"
                + "'recordedAt':'2026-03-01T10:00:00Z','decidedBy':{'kind':'person','id':'C-1'},"
                + "'authority':'SELF_AGED_16_OR_OVER','evidence':{'method':'DIGITAL','recordedBy':'W-1'},"
                + "'jurisdiction':'GB-ENG','handling':'ANONYMISE'}"),
        Arguments.of(LedgerFixtures.selfAssessedGrant("E-3", CHILD, T0, "A-1", PHOTOS),
            "{'id':'E-3','subject':'C-1','purposes':['PHOTOGRAPHY'],'action':'GIVEN',"
                + "'recordedAt':'2026-03-01T10:00:00Z','decidedBy':{'kind':'person','id':'C-1'},"
                + "'authority':'SELF_ASSESSED_CAPABLE','evidence':{'method':'WRITTEN','recordedBy':'W-1'},"
                + "'material':{'id':'photo-sheet','version':'1.0','language':'en','readingLevel':"
                + "{'sentences':10,'words':100,'syllables':140}},'validity':{'from':'2026-03-01T10:00:00Z'},"
                + "'jurisdiction':'GB-ENG','withdrawalRoutes':['IN_PERSON','ONLINE_FORM'],'capacityAssessment':'A-1'}"),
        Arguments.of(event("E-4", CHILD, ConsentAction.INVALIDATED, T0, PHOTOS),
            "{'id':'E-4','subject':'C-1','purposes':['PHOTOGRAPHY'],'action':'INVALIDATED',"
                + "'recordedAt':'2026-03-01T10:00:00Z','decidedBy':{'kind':'person','id':'W-1'},"
                + "'jurisdiction':'GB-ENG','invalidationGround':'AUTHORITY_DECISION'}"),
        Arguments.of(LedgerRecord.of(assessment("A-2", CHILD, T0, false, PHOTOS)),
            "{'capacityAssessment':{'id':'A-2','subject':'C-1','purposes':['PHOTOGRAPHY'],"
                + "'assessedAt':'2026-03-01T10:00:00Z','assessor':'A-1',"
                + "'criteriaMet':['UNDERSTANDS_WHAT_IS_PROPOSED','COMMUNICATES_DECISION']}}"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("exactJson")
  void writesCanonicalJson(Object value, String json) throws Exception {
    assertThat(FOUND.writeValueAsString(value)).isEqualTo(json(json));
  }

  @Test
  void writesAndReadsConsentValuesInsideAHostsBean() throws Exception {
    Map<Purpose, ConsentStatus> statuses = new LinkedHashMap<>();
    statuses.put(PHOTOS, ConsentStatus.GIVEN);
    statuses.put(Purpose.quotation(QuoteAttribution.FIRST_NAME), ConsentStatus.REFUSED);
    History history = new History(LedgerFixtures.oneOfEveryAction(), statuses,
        LedgerRecord.of(assessment("A-1", CHILD, T0, true, PHOTOS)));

    String json = FOUND.writeValueAsString(history);

    assertThat(json).contains(json("'statuses':{'PHOTOGRAPHY':'GIVEN','QUOTATION:FIRST_NAME':'REFUSED'}"));
    assertThat(FOUND.readValue(json, History.class)).isEqualTo(history);
  }

  @Test
  void readsIdsPurposesAndConstantsAsMapKeys() throws Exception {
    Map<ConsentEventId, ConsentAction> byId = Map.of(ConsentEventId.parse("E-1"), ConsentAction.GIVEN);
    Map<MaterialVersion, DecisionAuthority> byVersion = Map.of(MaterialVersion.of(2, 1), DecisionAuthority.COURT);
    Map<CapacityCriterion, Boolean> byCriterion = Map.of(CapacityCriterion.RETAINS_INFORMATION, true);

    assertThat(FOUND.writeValueAsString(byId)).isEqualTo(json("{'E-1':'GIVEN'}"));
    assertThat(FOUND.readValue(FOUND.writeValueAsString(byId),
        new TypeReference<Map<ConsentEventId, ConsentAction>>() {})).isEqualTo(byId);
    assertThat(FOUND.readValue(FOUND.writeValueAsString(byVersion),
        new TypeReference<Map<MaterialVersion, DecisionAuthority>>() {})).isEqualTo(byVersion);
    assertThat(FOUND.readValue(FOUND.writeValueAsString(byCriterion),
        new TypeReference<Map<CapacityCriterion, Boolean>>() {})).isEqualTo(byCriterion);
  }

  // ---- strict reading ---------------------------------------------------------------------

  /** A valid GIVEN event, single-quoted, with the parts the table below edits. */
  private static final String EVENT = "{'id':'E-1','subject':'C-1','purposes':['PHOTOGRAPHY'],'action':'GIVEN',"
      + "'recordedAt':'2026-03-01T10:00:00Z','decidedBy':{'kind':'person','id':'M-1'},"
      + "'authority':'PARENTAL_RESPONSIBILITY','evidence':{'method':'WRITTEN','recordedBy':'W-1'},"
      + "'material':{'id':'photo-sheet','version':'1.0','language':'en'},"
      + "'validity':{'from':'2026-03-01T10:00:00Z'},'jurisdiction':'GB-ENG','withdrawalRoutes':['IN_PERSON']}";
  private static final String ASSESSMENT = "{'id':'A-1','subject':'C-1','purposes':['PHOTOGRAPHY'],"
      + "'assessedAt':'2026-03-01T10:00:00Z','assessor':'A-9','criteriaMet':['RETAINS_INFORMATION']}";

  private static Arguments bad(Class<?> type, String json, String field) {
    return Arguments.of(type.getSimpleName(), json, field, type);
  }

  private static Arguments badEvent(String from, String to, String field) {
    if (!EVENT.contains(from)) {
      throw new AssertionError(from);
    }
    return bad(ConsentEvent.class, EVENT.replace(from, to), field);
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        // the valid event, untouched, reads (checked in readsTheTableBaseline)
        // unknown and repeated properties
        badEvent("'id':'E-1',", "'id':'E-1','note':'x',", "consentEvent.note"),
        badEvent("'id':'E-1',", "'id':'E-1','first name':'Ann',", "consentEvent[\"first name\"]"),
        badEvent("'id':'E-1',", "'id':'E-1','id':'E-2',", "consentEvent.id"),
        badEvent("'method':'WRITTEN',", "'method':'WRITTEN','method':'DIGITAL',", "consentEvent.evidence.method"),
        badEvent("'recordedBy':'W-1'", "'recordedBy':'W-1','note':'x'", "consentEvent.evidence.note"),
        badEvent("'language':'en'", "'language':'en','pages':2", "consentEvent.material.pages"),
        badEvent("{'from':'2026-03-01T10:00:00Z'}", "{'from':'2026-03-01T10:00:00Z','to':'x'}",
            "consentEvent.validity.to"),
        // required properties
        badEvent("'id':'E-1',", "", "consentEvent.id"),
        badEvent("'id':'E-1',", "'id':null,", "consentEvent.id"),
        badEvent("'subject':'C-1',", "", "consentEvent.subject"),
        badEvent("'jurisdiction':'GB-ENG',", "", "consentEvent.jurisdiction"),
        badEvent("'validity':{'from':'2026-03-01T10:00:00Z'},", "'validity':{},", "consentEvent.validity.from"),
        // wrong JSON types
        badEvent("'id':'E-1'", "'id':42", "consentEvent.id"),
        badEvent("'purposes':['PHOTOGRAPHY']", "'purposes':'PHOTOGRAPHY'", "consentEvent.purposes"),
        badEvent("'purposes':['PHOTOGRAPHY']", "'purposes':['PHOTOGRAPHY',null]", "consentEvent.purposes[1]"),
        badEvent("'action':'GIVEN'", "'action':1", "consentEvent.action"),
        badEvent("'decidedBy':{'kind':'person','id':'M-1'}", "'decidedBy':'M-1'", "consentEvent.decidedBy"),
        badEvent("'evidence':{'method':'WRITTEN','recordedBy':'W-1'}", "'evidence':['WRITTEN']",
            "consentEvent.evidence"),
        badEvent("'withdrawalRoutes':['IN_PERSON']", "'withdrawalRoutes':{'IN_PERSON':true}",
            "consentEvent.withdrawalRoutes"),
        badEvent("'recordedAt':'2026-03-01T10:00:00Z'", "'recordedAt':1772359200", "consentEvent.recordedAt"),
        // unknown constants, bad text forms
        badEvent("'action':'GIVEN'", "'action':'GRANTED'", "consentEvent.action"),
        badEvent("'action':'GIVEN'", "'action':'given'", "consentEvent.action"),
        badEvent("'authority':'PARENTAL_RESPONSIBILITY'", "'authority':'STEP_PARENT'", "consentEvent.authority"),
        badEvent("'method':'WRITTEN'", "'method':'TELEPATHY'", "consentEvent.evidence.method"),
        badEvent("'withdrawalRoutes':['IN_PERSON']", "'withdrawalRoutes':['IN_PERSON','PIGEON']",
            "consentEvent.withdrawalRoutes[1]"),
        badEvent("'purposes':['PHOTOGRAPHY']", "'purposes':['VIDEO','PHOTOGRAPH']", "consentEvent.purposes[1]"),
        badEvent("'purposes':['PHOTOGRAPHY']", "'purposes':['QUOTATION:FULL_NAME']", "consentEvent.purposes[0]"),
        badEvent("'purposes':['PHOTOGRAPHY']", "'purposes':['QUOTATION']", "consentEvent.purposes[0]"),
        badEvent("'id':'E-1'", "'id':'E 1'", "consentEvent.id"),
        badEvent("'subject':'C-1'", "'subject':''", "consentEvent.subject"),
        badEvent("'decidedBy':{'kind':'person','id':'M-1'}", "'decidedBy':{'kind':'robot','id':'M-1'}",
            "consentEvent.decidedBy.kind"),
        badEvent("'version':'1.0'", "'version':'1'", "consentEvent.material.version"),
        badEvent("'version':'1.0'", "'version':'0.1'", "consentEvent.material.version"),
        badEvent("'jurisdiction':'GB-ENG'", "'jurisdiction':'Narnia'", "consentEvent.jurisdiction"),
        badEvent("'recordedAt':'2026-03-01T10:00:00Z'", "'recordedAt':'2026-03-01'", "consentEvent.recordedAt"),
        badEvent("{'from':'2026-03-01T10:00:00Z'}", "{'from':'2026-03-01T10:00:00Z','reviewOn':'2026-13-01'}",
            "consentEvent.validity.reviewOn"),
        // a value listed twice in a set
        badEvent("'purposes':['PHOTOGRAPHY']", "'purposes':['PHOTOGRAPHY','VIDEO','PHOTOGRAPHY']",
            "consentEvent.purposes"),
        badEvent("'withdrawalRoutes':['IN_PERSON']", "'withdrawalRoutes':['IN_PERSON','IN_PERSON']",
            "consentEvent.withdrawalRoutes"),
        // rules of the model, reported under the path of the object read
        badEvent("'purposes':['PHOTOGRAPHY']", "'purposes':[]", "consentEvent.purposes"),
        badEvent("'evidence':{'method':'WRITTEN','recordedBy':'W-1'},", "", "consentEvent.evidence"),
        badEvent("'material':{'id':'photo-sheet','version':'1.0','language':'en'},", "", "consentEvent.material"),
        badEvent("'withdrawalRoutes':['IN_PERSON']", "'withdrawalRoutes':[]", "consentEvent.withdrawalRoutes"),
        badEvent("'jurisdiction':'GB-ENG'", "'jurisdiction':'GB-ENG','handling':'KEEP'", "consentEvent.handling"),
        badEvent("'jurisdiction':'GB-ENG'", "'jurisdiction':'GB-ENG','invalidationGround':'RECORDED_IN_ERROR'",
            "consentEvent.invalidationGround"),
        badEvent("'jurisdiction':'GB-ENG'", "'jurisdiction':'GB-ENG','capacityAssessment':'A-1'",
            "consentEvent.capacityAssessment"),
        badEvent("'authority':'PARENTAL_RESPONSIBILITY'", "'authority':'SELF_ASSESSED_CAPABLE'",
            "consentEvent.decidedBy"),
        badEvent("'authority':'PARENTAL_RESPONSIBILITY'", "'authority':'COURT'", "consentEvent.decidedBy"),
        badEvent("'action':'GIVEN'", "'action':'WITHDRAWN'", "consentEvent.action"),
        badEvent("'language':'en'", "'language':'English'", "consentEvent.material.language"),
        badEvent("'recordedBy':'W-1'", "'recordedBy':'W-1','witness':'W-1'", "consentEvent.evidence.witness"),
        badEvent("'method':'WRITTEN'", "'method':'VERBAL_WITNESSED'", "consentEvent.evidence.witness"),
        badEvent("'recordedBy':'W-1'", "'recordedBy':'W-1','signatureHash':'ABC'", "consentEvent.evidence.signatureHash"),
        badEvent("{'from':'2026-03-01T10:00:00Z'}", "{'from':'2026-03-01T10:00:00Z','until':'2026-03-01T10:00:00Z'}",
            "consentEvent.validity.until"),
        badEvent("'language':'en'", "'language':'en','readingLevel':{'sentences':5,'words':4,'syllables':9}",
            "consentEvent.material.readingLevel.words"),
        // capacity assessments
        bad(CapacityAssessment.class, ASSESSMENT.replace("'assessor':'A-9'", "'assessor':'C-1'"),
            "capacityAssessment.assessor"),
        bad(CapacityAssessment.class, ASSESSMENT.replace("['PHOTOGRAPHY']", "[]"), "capacityAssessment.purposes"),
        bad(CapacityAssessment.class, ASSESSMENT.replace("['RETAINS_INFORMATION']", "['RETAINS_INFORMATION',"
            + "'RETAINS_INFORMATION']"), "capacityAssessment.criteriaMet"),
        bad(CapacityAssessment.class, ASSESSMENT.replace("['RETAINS_INFORMATION']", "['CHARM']"),
            "capacityAssessment.criteriaMet[0]"),
        bad(CapacityAssessment.class, ASSESSMENT.replace(",'criteriaMet':['RETAINS_INFORMATION']", ""),
            "capacityAssessment.criteriaMet"),
        bad(CapacityAssessment.class, ASSESSMENT.replace("'2026-03-01T10:00:00Z'", "'yesterday'"),
            "capacityAssessment.assessedAt"),
        bad(CapacityAssessment.class, ASSESSMENT.replace("'id':'A-1',", "'id':'A-1','outcome':'CAPABLE',"),
            "capacityAssessment.outcome"),
        // ledger records
        bad(LedgerRecord.class, "{}", "ledgerRecord"),
        bad(LedgerRecord.class, "{'consentEvent':null}", "ledgerRecord"),
        bad(LedgerRecord.class, "{'consentEvent':" + EVENT + ",'capacityAssessment':" + ASSESSMENT + "}",
            "ledgerRecord"),
        bad(LedgerRecord.class, "{'event':" + EVENT + "}", "ledgerRecord.event"),
        bad(LedgerRecord.class, "{'consentEvent':" + EVENT + ",'consentEvent':" + EVENT + "}",
            "ledgerRecord.consentEvent"),
        bad(LedgerRecord.class, "[" + EVENT + "]", "ledgerRecord"),
        bad(LedgerRecord.class, "{'consentEvent':" + EVENT.replace("'GIVEN'", "'GRANTED'") + "}",
            "ledgerRecord.consentEvent.action"),
        bad(LedgerRecord.class, "{'consentEvent':" + EVENT.replace("'withdrawalRoutes':['IN_PERSON']",
            "'withdrawalRoutes':[]") + "}", "ledgerRecord.consentEvent.withdrawalRoutes"),
        bad(LedgerRecord.class, "{'capacityAssessment':" + ASSESSMENT.replace("'A-9'", "'C-1'") + "}",
            "ledgerRecord.capacityAssessment.assessor"),
        bad(LedgerRecord.class, "{'capacityAssessment':" + EVENT + "}", "ledgerRecord.capacityAssessment.action"),
        // values at the root
        bad(ConsentEventId.class, "42", "consentEventId"),
        bad(ConsentEventId.class, "''", "consentEventId"),
        bad(CapacityAssessmentId.class, "'-A'", "capacityAssessmentId"),
        bad(MaterialId.class, "['sheet']", "materialId"),
        bad(MaterialVersion.class, "'2'", "materialVersion"),
        bad(MaterialVersion.class, "'10000.0'", "materialVersion"),
        bad(MaterialVersion.class, "2.1", "materialVersion"),
        bad(Purpose.class, "'PHOTOGRAPH'", "purpose"),
        bad(Purpose.class, "'SHARING'", "purpose"),
        bad(Purpose.class, "'TAKING_PART:today'", "purpose"),
        bad(ConsentAction.class, "'given'", "consentAction"),
        bad(ConsentStatus.class, "'ACTIVE'", "consentStatus"),
        bad(DecisionAuthority.class, "'KING'", "decisionAuthority"),
        bad(CapacityOutcome.class, "true", "capacityOutcome"),
        bad(InformationMaterial.class, "{'id':'s','version':'1.0','language':'EN'}", "informationMaterial.language"),
        bad(InformationMaterial.class, "{'id':'s','version':'1.0'}", "informationMaterial.language"),
        bad(Publication.class, "{'material':'s','version':'1.0'}", "publication.publishedAt"),
        bad(Publication.class, "{'material':'s','version':'one','publishedAt':'2026-03-01T10:00:00Z'}",
            "publication.version"),
        bad(Evidence.class, "{'method':'VERBAL_WITNESSED','recordedBy':'W-1'}", "evidence.witness"),
        bad(Validity.class, "{'from':'2026-03-01T10:00:00Z','until':'2026-02-01T10:00:00Z'}", "validity.until"),
        bad(Validity.class, "{'from':'2026-03-01T10:00:00'}", "validity.from"));
  }

  @Test
  void readsTheTableBaseline() throws Exception {
    ConsentEvent e = FOUND.readValue(json(EVENT), ConsentEvent.class);
    CapacityAssessment a = FOUND.readValue(json(ASSESSMENT), CapacityAssessment.class);

    assertThat(e.id()).isEqualTo(ConsentEventId.parse("E-1"));
    assertThat(e.withdrawalRoutes()).containsExactly(WithdrawalRoute.IN_PERSON);
    assertThat(a.criteriaMet()).containsExactly(CapacityCriterion.RETAINS_INFORMATION);
    assertThat(FOUND.readValue(json("{'consentEvent':" + EVENT + "}"), LedgerRecord.class))
        .isEqualTo(LedgerRecord.of(e));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("badInput")
  void rejectsBadInputNamingTheField(String typeName, String json, String field, Class<?> type) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> FOUND.readValue(json(json), type));

    assertThat(e).as("reading %s as %s", json, typeName).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith(field + ": ");
  }

  @Test
  void namesTheRuleAndShowsOnlyValuesThatAreNotPersonal() {
    InvalidInputException constant = catchThrowableOfType(InvalidInputException.class,
        () -> FOUND.readValue(json(EVENT.replace("'GIVEN'", "'GRANTED'")), ConsentEvent.class));
    InvalidInputException twice = catchThrowableOfType(InvalidInputException.class,
        () -> FOUND.readValue(json(EVENT.replace("['PHOTOGRAPHY']", "['VIDEO','VIDEO']")), ConsentEvent.class));
    InvalidInputException model = catchThrowableOfType(InvalidInputException.class,
        () -> FOUND.readValue(json(EVENT.replace("['IN_PERSON']", "[]")), ConsentEvent.class));

    assertThat(constant.rule()).startsWith("must be one of REQUESTED, DEFERRED, GIVEN");
    assertThat(constant.offendingValue()).contains("GRANTED");
    assertThat(twice.rule()).isEqualTo("must not list the same value twice");
    assertThat(model.rule()).isEqualTo("must offer at least one way to withdraw (UK GDPR Art 7(3))");
    assertThat(model.offendingValue()).as("the event id is pseudonymous").contains("E-1");
  }

  static Stream<Arguments> personalValues() {
    return Stream.of(
        Arguments.of(EVENT.replace("'recordedAt':'2026-03-01T10:00:00Z'", "'recordedAt':'2026-02-30T10:00:00Z'"),
            ConsentEvent.class, "2026-02-30"),
        Arguments.of(EVENT.replace("{'from':'2026-03-01T10:00:00Z'}",
            "{'from':'2026-03-01T10:00:00Z','until':'2025-07-04T09:30:00Z'}"), ConsentEvent.class, "2025-07-04"),
        Arguments.of("{'from':'2026-03-01T10:00:00Z','until':'2026-03-01T10:00:00Z'}", Validity.class,
            "2026-03-01T10:00"),
        Arguments.of(EVENT.replace("{'from':'2026-03-01T10:00:00Z'}",
            "{'from':'2026-03-01T10:00:00Z','reviewOn':'2011-02-29'}"), ConsentEvent.class, "2011-02-29"),
        Arguments.of(EVENT.replace("'subject':'C-1'", "'subject':'Ann Example'"), ConsentEvent.class, "Ann"),
        Arguments.of(EVENT.replace("'recordedBy':'W-1'", "'recordedBy':'ann@example.org'"), ConsentEvent.class,
            "ann@"),
        Arguments.of(ASSESSMENT.replace("'assessor':'A-9'", "'assessor':'Dr Ann Example'"), CapacityAssessment.class,
            "Ann"),
        Arguments.of(ASSESSMENT.replace("'2026-03-01T10:00:00Z'", "'2012-07-32T10:00:00Z'"),
            CapacityAssessment.class, "2012-07-32"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("personalValues")
  void neverShowsAValueAboutAPersonInAnError(String json, Class<?> type, String secret) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> FOUND.readValue(json(json), type));

    assertThat(e).isNotNull();
    assertThat(e.offendingValue()).isEmpty();
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(t.getMessage()).doesNotContain(secret);
    }
  }

  @Test
  void acceptsAnExplicitNullForAnOptionalPropertyAsAbsent() throws Exception {
    String requested = "{'id':'E-1','subject':'C-1','purposes':['PHOTOGRAPHY'],'action':'REQUESTED',"
        + "'recordedAt':'2026-03-01T10:00:00Z','decidedBy':{'kind':'person','id':'W-1'},'authority':null,"
        + "'evidence':null,'validity':null,'jurisdiction':'GB-ENG','withdrawalRoutes':null,'handling':null}";

    assertThat(FOUND.readValue(json(requested), ConsentEvent.class))
        .isEqualTo(event("E-1", CHILD, ConsentAction.REQUESTED, T0, PHOTOS));
    assertThat(FOUND.readValue(json("{'consentEvent':null,'capacityAssessment':" + ASSESSMENT + "}"),
        LedgerRecord.class)).isEqualTo(FOUND.readValue(json("{'capacityAssessment':" + ASSESSMENT + "}"),
        LedgerRecord.class));
  }

  @Test
  void leavesMalformedJsonToJackson() {
    assertThatThrownBy(() -> FOUND.readValue("{\"consentEvent\":", LedgerRecord.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> FOUND.readValue("{\"id\" \"E-1\"}", ConsentEvent.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> FOUND.readValue("", CapacityAssessment.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void readsJsonNullAsNoValue() throws Exception {
    assertThat(FOUND.readValue("null", LedgerRecord.class)).isNull();
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
