package io.coproduce.consent.json;

import io.coproduce.consent.Examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.coproduce.consent.ledger.LedgerFixtures;
import io.coproduce.consent.ledger.LedgerFormat;
import io.coproduce.consent.ledger.LedgerRecord;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.IdentifierSyntax;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.readability.ReadingLevel;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** JSON round trips: for every generated consent event, assessment and ledger record, reading what was written gives it back. */
class CoproduceConsentModulePropertiesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CoproduceConsentModule());
  private static final ObjectMapper FOUND = new ObjectMapper().findAndRegisterModules();

  private static final String ID_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ID_REST = ID_FIRST + "._-";
  private static final List<String> LANGUAGES = List.of("en", "cy", "gd", "pl", "ur", "pt-BR", "zh-Hant-TW", "yue");
  private static final DecisionAuthority[] SELF = {
    DecisionAuthority.SELF_ADULT, DecisionAuthority.SELF_AGED_16_OR_OVER, DecisionAuthority.SELF_ASSESSED_CAPABLE,
    DecisionAuthority.SELF_SCOTLAND_12_OR_OVER_DATA, DecisionAuthority.SELF_ONLINE_CONSENT_AGE
  };

  private static QuickTheory theory() {
    return qt().withFixedSeed(20261201L).withExamples(Examples.atMost(300));
  }

  // ---- generators -------------------------------------------------------------------------

  /** Id text of 1 to {@code maxLength} characters following {@link IdentifierSyntax}. */
  static Gen<String> idTexts(int maxLength) {
    Gen<Character> first = integers().between(0, ID_FIRST.length() - 1).map(ID_FIRST::charAt);
    Gen<List<Character>> rest = lists().of(integers().between(0, ID_REST.length() - 1).map(ID_REST::charAt))
        .ofSizeBetween(0, maxLength - 1);
    return first.zip(rest, (f, r) -> {
      StringBuilder s = new StringBuilder().append(f);
      r.forEach(s::append);
      return s.toString();
    });
  }

  /** Ids with a prefix, so ids for different roles never collide. */
  static Gen<String> ids(String prefix) {
    return idTexts(IdentifierSyntax.MAX_LENGTH - prefix.length()).map(t -> prefix + t);
  }

  /** Instants across the whole range Java has, weighted towards this century, with nanoseconds. */
  static Gen<Instant> instants() {
    Gen<Long> seconds = Generate.oneOf(
        Generate.longRange(Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(),
            Instant.parse("2100-01-01T00:00:00Z").getEpochSecond()),
        Generate.longRange(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()));
    Gen<Integer> nanos = Generate.oneOf(Generate.constant(0), integers().between(0, 999_999_999));
    return seconds.zip(nanos, Instant::ofEpochSecond);
  }

  static Gen<Set<Purpose>> purposeSets() {
    return integers().between(1, (1 << LedgerFixtures.PURPOSES.size()) - 1).zip(
        booleans().all(), ids("org."), (mask, own, code) -> {
          Set<Purpose> purposes = new TreeSet<>(List.of(LedgerFixtures.purposes(mask)));
          if (own) {
            purposes.add(Purpose.organisationDefined(code));
          }
          return purposes;
        });
  }

  static Gen<Evidence> evidence() {
    Gen<String> hashes = lists().of(integers().between(0, 15)).ofSize(64)
        .map((List<Integer> digits) -> digits.stream().map(Integer::toHexString).reduce("", String::concat));
    return Generate.enumValues(ConsentMethod.class).zip(ids("W-"), ids("V-"), booleans().all(), hashes,
        (method, worker, witness, extras, hash) -> new Evidence(method, PersonId.parse(worker),
            method == ConsentMethod.VERBAL_WITNESSED || extras ? PersonId.parse(witness) : null,
            extras ? hash : null));
  }

  static Gen<ReadingLevel> readingLevels() {
    return integers().between(1, 200).zip(integers().between(0, 2000), integers().between(0, 4000),
        (sentences, moreWords, moreSyllables) -> new ReadingLevel(
            sentences, sentences + moreWords, sentences + moreWords + moreSyllables));
  }

  static Gen<InformationMaterial> materials() {
    return ids("m").zip(integers().between(1, 9999), integers().between(0, 9999), Generate.pick(LANGUAGES),
        readingLevels().toOptionals(30),
        (id, major, minor, language, level) -> new InformationMaterial(
            MaterialId.parse(id), MaterialVersion.of(major, minor), language, level.orElse(null)));
  }

  static Gen<Validity> validities() {
    Gen<Instant> from = Generate.longRange(0, 4_102_444_800L).map(s -> Instant.ofEpochSecond(s));
    return from.zip(Generate.longRange(1, 10_000_000_000L).toOptionals(40),
        Generate.longRange(-100_000, 2_000_000).map(LocalDate::ofEpochDay).toOptionals(50),
        (start, length, review) -> new Validity(start, length.map(start::plusNanos).orElse(null),
            review.orElse(null)));
  }

  /** The decider of a generated event: who and on what authority, chosen by {@code kind}. */
  private static void decide(ConsentEvent.Builder b, ConsentAction action, int kind, String assessment) {
    if (action.isAssentOrDissent()) {
      b.bySubject(null);
      return;
    }
    if (!action.isDecision()) {
      b.recordedBy(kind % 2 == 0 ? PersonId.parse("W-rec") : OrganisationId.parse("LA-rec"));
      return;
    }
    boolean self = action == ConsentAction.WITHDRAWN || (action != ConsentAction.REVOKED && kind >= 4);
    if (self) {
      DecisionAuthority authority = SELF[kind % SELF.length];
      b.bySubject(authority);
      if (authority == DecisionAuthority.SELF_ASSESSED_CAPABLE) {
        b.capacityAssessment(CapacityAssessmentId.parse(assessment));
      }
      return;
    }
    PartyId parent = PersonId.parse("M-1");
    switch (kind % 4) {
      case 0 -> b.decidedBy(parent, DecisionAuthority.PARENTAL_RESPONSIBILITY);
      case 1 -> b.decidedBy(parent, DecisionAuthority.LEGAL_REPRESENTATIVE);
      case 2 -> b.decidedBy(OrganisationId.parse("LA-9"), DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER);
      default -> b.decidedBy(OrganisationId.parse("court-1"), DecisionAuthority.COURT);
    }
  }

  /** What a generated event is about: who, what, when. */
  private record Head(String id, String subject, ConsentAction action, Instant at, Set<Purpose> purposes) {}

  /** The optional parts a generated event may carry. */
  private record Parts(Evidence evidence, InformationMaterial material, Validity validity, Jurisdiction nation,
      int routes) {}

  /** Who decided, and the constants that some actions need. */
  private record Decider(int kind, String assessment, InvalidationGround ground, CollectedMaterialHandling handling,
      boolean optionalEvidence) {}

  static Gen<ConsentEvent> events() {
    Gen<Head> heads = ids("E-").zip(ids("C-"), Generate.enumValues(ConsentAction.class), instants(), purposeSets(),
        Head::new);
    Gen<Parts> parts = evidence().zip(materials(), validities(), Generate.enumValues(Jurisdiction.class),
        integers().between(1, (1 << WithdrawalRoute.values().length) - 1), Parts::new);
    Gen<Decider> deciders = integers().between(0, 7).zip(ids("A-"), Generate.enumValues(InvalidationGround.class),
        Generate.enumValues(CollectedMaterialHandling.class), booleans().all(), Decider::new);
    return heads.zip(parts, deciders, (h, p, d) -> {
      ConsentEvent.Builder b = ConsentEvent.builder(ConsentEventId.parse(h.id()), PersonId.parse(h.subject()),
          h.action(), h.at()).purposes(h.purposes()).jurisdiction(p.nation());
      decide(b, h.action(), d.kind(), d.assessment());
      if (h.action().isDecision() || h.action().isAssentOrDissent() || d.optionalEvidence()) {
        b.evidence(p.evidence());
      }
      if (h.action().isGrant()) {
        EnumSet<WithdrawalRoute> routes = EnumSet.noneOf(WithdrawalRoute.class);
        for (WithdrawalRoute r : WithdrawalRoute.values()) {
          if ((p.routes() & (1 << r.ordinal())) != 0) {
            routes.add(r);
          }
        }
        b.material(p.material()).validity(p.validity()).withdrawalRoutes(routes);
      } else if (d.optionalEvidence()) {
        b.material(p.material());
      }
      if (h.action() == ConsentAction.WITHDRAWN || h.action() == ConsentAction.REVOKED) {
        b.handling(d.handling());
      }
      if (h.action() == ConsentAction.INVALIDATED) {
        b.invalidationGround(d.ground());
      }
      return b.build();
    });
  }

  static Gen<CapacityAssessment> assessments() {
    return ids("A-").zip(ids("C-"), purposeSets(), instants(), integers().between(0, 63), (id, subject, purposes, at, met) -> {
      List<CapacityCriterion> criteria = new ArrayList<>();
      for (CapacityCriterion c : CapacityCriterion.values()) {
        if ((met & (1 << c.ordinal())) != 0) {
          criteria.add(c);
        }
      }
      return CapacityAssessment.of(CapacityAssessmentId.parse(id), PersonId.parse(subject), purposes, at,
          PersonId.parse("assessor-1"), Set.copyOf(criteria));
    });
  }

  static Gen<LedgerRecord> records() {
    return Generate.oneOf(events().map(LedgerRecord::of), assessments().map(LedgerRecord::of));
  }

  // ---- properties -------------------------------------------------------------------------

  @Test
  void consentEventsReadBackAsWritten() {
    theory().forAll(events()).checkAssert(e -> {
      String json = write(MAPPER, e);
      ConsentEvent read = read(MAPPER, json, ConsentEvent.class);

      assertThat(read).isEqualTo(e);
      assertThat(write(MAPPER, read)).isEqualTo(json);
      assertThat(read(FOUND, json, ConsentEvent.class)).isEqualTo(e);
    });
  }

  @Test
  void capacityAssessmentsReadBackAsWritten() {
    theory().forAll(assessments()).checkAssert(a -> {
      String json = write(MAPPER, a);
      CapacityAssessment read = read(MAPPER, json, CapacityAssessment.class);

      assertThat(read).isEqualTo(a);
      assertThat(read.outcome()).isEqualTo(a.outcome());
      assertThat(write(MAPPER, read)).isEqualTo(json);
    });
  }

  @Test
  void ledgerRecordsReadBackAsWrittenAndAsTheLedgerHashesThem() {
    theory().forAll(records()).checkAssert(r -> {
      String json = write(MAPPER, r);
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      LedgerRecord read = read(MAPPER, json, LedgerRecord.class);

      assertThat(read).isEqualTo(r);
      assertThat(LedgerFormat.canonicalJson(r)).isEqualTo(bytes);
      assertThat(LedgerFormat.canonicalJson(read)).isEqualTo(bytes);
      assertThat(LedgerFormat.readRecord(bytes, 0, bytes.length)).isEqualTo(r);
    });
  }

  @Test
  void listsOfRecordsReadBackInOrder() {
    theory().forAll(lists().of(records()).ofSizeBetween(0, 5)).checkAssert(list -> {
      String json = write(FOUND, list);
      LedgerRecord[] read = read(FOUND, json, LedgerRecord[].class);

      assertThat(read).containsExactlyElementsOf(list);
    });
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
