package io.coproduce.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
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
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.ledger.FileLedgerStore;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.purpose.OnlineServiceKind;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.PurposeKind;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.consent.purpose.ResearchKind;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.readability.ReadingLevel;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.reporting.table.ColumnKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonSchemasTest {

  private static final JsonSchema LINE = Fixtures.schema(JsonSchemas.consentLedgerLine());
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final PersonId CHILD = PersonId.parse("C-1");
  private static final PersonId PARENT = PersonId.parse("M-1");
  private static final PersonId WORKER = PersonId.parse("W-1");
  private static final PersonId WITNESS = PersonId.parse("W-2");
  private static final OrganisationId COUNCIL = OrganisationId.parse("LA-9");
  private static final InformationMaterial SHEET = InformationMaterial.of(
      MaterialId.parse("photo-sheet"), MaterialVersion.of(1, 0), "en", new ReadingLevel(10, 100, 140));

  @TempDir static Path dir;
  private static List<String> lines;

  /** A real ledger file: one event of every action, a rich grant, an assessment and a decision on it. */
  @BeforeAll
  static void writeALedgerFile() throws IOException {
    Path file = dir.resolve("consent.ledger");
    try (ConsentLedger ledger = ConsentLedger.open(FileLedgerStore.open(file))) {
      int n = 0;
      for (ConsentAction action : ConsentAction.values()) {
        ledger.append(event("E-" + action.name(), action, T0.plusSeconds(n++), Purpose.photography()));
      }
      ledger.append(richGrant(T0.plusSeconds(n++)));
      Instant at = T0.plus(Duration.ofMillis(123_456));
      ledger.append(CapacityAssessment.of(CapacityAssessmentId.parse("A-1"), CHILD,
          Set.of(Purpose.video()), at, PersonId.parse("A-9"), EnumSet.allOf(CapacityCriterion.class)));
      ledger.append(ConsentEvent.builder(ConsentEventId.parse("E-own"), CHILD, ConsentAction.GIVEN, at)
          .purposes(List.of(Purpose.video()))
          .bySubject(DecisionAuthority.SELF_ASSESSED_CAPABLE)
          .capacityAssessment(CapacityAssessmentId.parse("A-1"))
          .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER))
          .material(SHEET)
          .validity(Validity.from(at))
          .withdrawalRoutes(WithdrawalRoute.ONLINE_FORM)
          .jurisdiction(Jurisdiction.SCOTLAND)
          .build());
    }
    lines = Files.readAllLines(file);
  }

  private static ConsentEvent event(String id, ConsentAction action, Instant at, Purpose... purposes) {
    ConsentEvent.Builder b = ConsentEvent.builder(ConsentEventId.parse(id), CHILD, action, at)
        .purposes(List.of(purposes))
        .jurisdiction(Jurisdiction.ENGLAND);
    switch (action) {
      case REQUESTED, EXPIRED -> b.recordedBy(WORKER);
      case INVALIDATED -> b.recordedBy(WORKER).invalidationGround(InvalidationGround.RECORDED_IN_ERROR);
      case GIVEN, RENEWED -> b.decidedBy(PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY)
          .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER))
          .material(SHEET)
          .validity(Validity.from(at))
          .withdrawalRoutes(WithdrawalRoute.IN_PERSON, WithdrawalRoute.ONLINE_FORM);
      case REFUSED, DEFERRED -> b.decidedBy(PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY)
          .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER));
      case REVOKED -> b.decidedBy(PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY)
          .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER))
          .handling(CollectedMaterialHandling.REMOVE_FROM_UNPUBLISHED);
      case WITHDRAWN -> b.bySubject(DecisionAuthority.SELF_AGED_16_OR_OVER)
          .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER))
          .handling(CollectedMaterialHandling.ANONYMISE);
      case ASSENTED, DISSENTED -> b.bySubject(null).evidence(Evidence.verbal(WORKER, WITNESS));
      default -> throw new AssertionError(action);
    }
    return b.build();
  }

  private static ConsentEvent richGrant(Instant at) {
    return ConsentEvent.builder(ConsentEventId.parse("E-rich"), CHILD, ConsentAction.GIVEN, at)
        .purposes(List.of(Purpose.photography(), Purpose.quotation(QuoteAttribution.FIRST_NAME),
            Purpose.sharingWith(COUNCIL), Purpose.research(ResearchKind.CLINICAL_TRIAL_OF_MEDICINE)))
        .decidedBy(COUNCIL, DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER)
        .evidence(Evidence.verbal(WORKER, WITNESS).withSignatureHash("ab".repeat(32)))
        .material(InformationMaterial.nonText(MaterialId.parse("video-sheet"), MaterialVersion.of(3, 12), "cy"))
        .validity(Validity.between(at, at.plus(Duration.ofDays(365))).withReviewOn(LocalDate.of(2026, 9, 1)))
        .jurisdiction(Jurisdiction.WALES)
        .withdrawalRoutes(EnumSet.allOf(WithdrawalRoute.class))
        .build();
  }

  @Test
  void everyLineOfARealLedgerFileIsValid() {
    assertThat(lines).hasSize(ConsentAction.values().length + 3);
    for (String line : lines) {
      assertThat(Fixtures.problems(LINE, line)).as(line).isEmpty();
    }
  }

  static Stream<Arguments> brokenLines() {
    return Stream.of(
        Arguments.of("position zero", "/position", "0"),
        Arguments.of("an upper-case hash", "/hash", "\"" + "AB".repeat(32) + "\""),
        Arguments.of("an unknown action", "/record/consentEvent/action", "\"SHRUGGED\""),
        Arguments.of("a purpose of no kind", "/record/consentEvent/purposes/0", "\"DANCING\""),
        Arguments.of("an id with a space", "/record/consentEvent/subject", "\"C 1\""),
        Arguments.of("a local time", "/record/consentEvent/recordedAt", "\"2026-03-01T10:00:00\""),
        Arguments.of("a nation outside the UK", "/record/consentEvent/jurisdiction", "\"FR\""),
        Arguments.of("a party of an unknown kind", "/record/consentEvent/decidedBy/kind", "\"robot\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenLines")
  void aBrokenLineFailsValidation(String what, String pointer, String value) {
    JsonNode line = Fixtures.tree(lines.get(0));
    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
    String field = pointer.substring(pointer.lastIndexOf('/') + 1);
    JsonNode holder = parent.isEmpty() ? line : line.at(parent);
    JsonNode replacement = Fixtures.tree(value);
    if (holder.isArray()) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) holder).set(Integer.parseInt(field), replacement);
    } else {
      ((ObjectNode) holder).set(field, replacement);
    }

    assertThat(LINE.validate(line)).as(what).isNotEmpty();
  }

  @Test
  void aLineWithAnUnknownPropertyOrTwoRecordsFailsValidation() {
    ObjectNode extra = (ObjectNode) Fixtures.tree(lines.get(0));
    extra.put("comment", "added by hand");
    ObjectNode both = (ObjectNode) Fixtures.tree(lines.get(0));
    ((ObjectNode) both.get("record")).set("capacityAssessment",
        Fixtures.tree(lines.get(lines.size() - 2)).at("/record/capacityAssessment"));

    assertThat(LINE.validate(extra)).isNotEmpty();
    assertThat(LINE.validate(both)).isNotEmpty();
  }

  /** The schema's lists of constants must follow the Java enums, or other tools drift from the library. */
  @Test
  void theLedgerSchemaListsEveryConstantOfTheModel() {
    JsonNode defs = Fixtures.tree(JsonSchemas.consentLedgerLine()).get("$defs");
    JsonNode event = defs.at("/consentEvent/properties");

    assertThat(texts(event.at("/action/enum"))).containsExactlyElementsOf(names(ConsentAction.values()));
    assertThat(texts(event.at("/authority/enum"))).containsExactlyElementsOf(names(DecisionAuthority.values()));
    assertThat(texts(event.at("/handling/enum"))).containsExactlyElementsOf(names(CollectedMaterialHandling.values()));
    assertThat(texts(event.at("/invalidationGround/enum"))).containsExactlyElementsOf(names(InvalidationGround.values()));
    assertThat(texts(event.at("/withdrawalRoutes/items/enum"))).containsExactlyElementsOf(names(WithdrawalRoute.values()));
    assertThat(texts(defs.at("/evidence/properties/method/enum"))).containsExactlyElementsOf(names(ConsentMethod.values()));
    assertThat(texts(defs.at("/capacityAssessment/properties/criteriaMet/items/enum")))
        .containsExactlyElementsOf(names(CapacityCriterion.values()));
    assertThat(texts(defs.at("/jurisdiction/enum")))
        .containsExactlyElementsOf(Arrays.stream(Jurisdiction.values()).map(Jurisdiction::code).toList());
    String purpose = defs.at("/purpose/pattern").asText();
    for (PurposeKind kind : PurposeKind.values()) {
      assertThat(purpose).contains(kind.name());
    }
    for (Enum<?> e : List.<Enum<?>>of(QuoteAttribution.values()[0], QuoteAttribution.values()[1],
        QuoteAttribution.values()[2], ResearchKind.values()[0], ResearchKind.values()[1],
        OnlineServiceKind.values()[0], OnlineServiceKind.values()[1])) {
      assertThat(purpose).contains(e.name());
    }
  }

  @Test
  void theReportSchemaListsEveryColumnKindAndRuleSourceKind() {
    JsonNode defs = Fixtures.tree(JsonSchemas.reportJson()).get("$defs");

    assertThat(texts(defs.at("/column/properties/kind/enum"))).containsExactlyElementsOf(names(ColumnKind.values()));
    assertThat(texts(defs.at("/ruleSource/properties/kind/enum"))).containsExactlyElementsOf(names(RuleSource.Kind.values()));
  }

  @Test
  void bothSchemasAreDraft202012() {
    for (String schema : List.of(JsonSchemas.reportJson(), JsonSchemas.consentLedgerLine())) {
      assertThat(Fixtures.tree(schema).get("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
