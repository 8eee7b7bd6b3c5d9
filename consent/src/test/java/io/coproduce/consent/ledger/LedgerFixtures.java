package io.coproduce.consent.ledger;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.consent.purpose.ResearchKind;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.readability.ReadingLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Valid consent events of every action, capacity assessments, and QuickTheories generators of
 * valid ledger record sequences, shared by the ledger and JSON tests. Every value is built from
 * fixed ids and instants, so tests never depend on the clock, the default locale or zone.
 */
public final class LedgerFixtures {

  /** The instant every scenario starts from. */
  public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  public static final PersonId CHILD = PersonId.parse("C-1");
  public static final PersonId OTHER_CHILD = PersonId.parse("C-2");
  public static final PersonId PARENT = PersonId.parse("M-1");
  public static final PersonId WORKER = PersonId.parse("W-1");
  public static final PersonId WITNESS = PersonId.parse("W-2");
  public static final PersonId ASSESSOR = PersonId.parse("A-1");
  public static final OrganisationId COUNCIL = OrganisationId.parse("LA-9");

  public static final MaterialId SHEET = MaterialId.parse("photo-sheet");
  public static final InformationMaterial SHEET_V1 =
      InformationMaterial.of(SHEET, MaterialVersion.of(1, 0), "en", new ReadingLevel(10, 100, 140));

  public static final Purpose PHOTOS = Purpose.photography();
  public static final Purpose VIDEO = Purpose.video();

  /** The purposes generated sequences draw from, plain and qualified. */
  public static final List<Purpose> PURPOSES = List.of(
      Purpose.photography(), Purpose.video(), Purpose.takingPart(),
      Purpose.quotation(QuoteAttribution.FIRST_NAME), Purpose.sharingWith(COUNCIL),
      Purpose.research(ResearchKind.OTHER_RESEARCH));

  /** The young people generated sequences are about. */
  public static final List<PersonId> SUBJECTS = List.of(
      PersonId.parse("C-1"), PersonId.parse("C-2"), PersonId.parse("C-3"), PersonId.parse("C-4"),
      PersonId.parse("C-5"));

  private LedgerFixtures() {}

  /** {@link #T0} plus {@code minutes}. */
  public static Instant at(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /**
   * A builder already holding everything a valid event of {@code action} needs, decided by whom
   * that action needs: the parent for decisions other than withdrawal, the young person for
   * withdrawal (aged 16 or over), assent and dissent, a worker for requests, recorded expiries
   * and invalidations. Grants rest on {@link #SHEET_V1}, valid from {@code at} with no end.
   */
  public static ConsentEvent.Builder prefilled(
      String id, PersonId subject, ConsentAction action, Instant at, Purpose... purposes) {
    ConsentEvent.Builder b = ConsentEvent.builder(ConsentEventId.parse(id), subject, action, at)
        .purposes(List.of(purposes))
        .jurisdiction(Jurisdiction.ENGLAND);
    switch (action) {
      case REQUESTED, EXPIRED -> b.recordedBy(WORKER);
      case INVALIDATED -> b.recordedBy(WORKER).invalidationGround(InvalidationGround.AUTHORITY_DECISION);
      case GIVEN, RENEWED -> b.decidedBy(PARENT, DecisionAuthority.PARENTAL_RESPONSIBILITY)
          .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER))
          .material(SHEET_V1)
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
    return b;
  }

  /** A valid event of {@code action} (see {@link #prefilled}). */
  public static ConsentEvent event(
      String id, PersonId subject, ConsentAction action, Instant at, Purpose... purposes) {
    return prefilled(id, subject, action, at, purposes).build();
  }

  /** The parent's grant for {@link #CHILD}, valid from {@code at} until {@code until}. */
  public static ConsentEvent grantUntil(String id, Instant at, Instant until, Purpose... purposes) {
    return prefilled(id, CHILD, ConsentAction.GIVEN, at, purposes)
        .validity(Validity.between(at, until))
        .build();
  }

  /** The young person's own grant, on the authority of assessment {@code assessment}. */
  public static ConsentEvent selfAssessedGrant(
      String id, PersonId subject, Instant at, String assessment, Purpose... purposes) {
    return prefilled(id, subject, ConsentAction.GIVEN, at, purposes)
        .bySubject(DecisionAuthority.SELF_ASSESSED_CAPABLE)
        .capacityAssessment(CapacityAssessmentId.parse(assessment))
        .build();
  }

  /** An assessment by {@link #ASSESSOR}: capable (every criterion met) or not (two met). */
  public static CapacityAssessment assessment(
      String id, PersonId subject, Instant at, boolean capable, Purpose... purposes) {
    Set<CapacityCriterion> met = capable
        ? EnumSet.allOf(CapacityCriterion.class)
        : EnumSet.of(CapacityCriterion.UNDERSTANDS_WHAT_IS_PROPOSED, CapacityCriterion.COMMUNICATES_DECISION);
    return CapacityAssessment.of(CapacityAssessmentId.parse(id), subject, Set.of(purposes), at, ASSESSOR, met);
  }

  /** One valid event of every action for {@link #CHILD} about {@link #PHOTOS}, at {@link #T0}. */
  public static List<ConsentEvent> oneOfEveryAction() {
    List<ConsentEvent> events = new ArrayList<>();
    for (ConsentAction action : ConsentAction.values()) {
      events.add(event("E-" + action.name(), CHILD, action, T0, PHOTOS));
    }
    return events;
  }

  /**
   * A grant using every optional part: a local authority deciding under a care order, several
   * purposes, witnessed and signed evidence, non-text material, a validity with an end and a
   * review date, every withdrawal route.
   */
  public static ConsentEvent richGrant() {
    return ConsentEvent.builder(ConsentEventId.parse("E-rich"), CHILD, ConsentAction.GIVEN, T0)
        .purposes(PURPOSES)
        .decidedBy(COUNCIL, DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER)
        .evidence(Evidence.verbal(WORKER, WITNESS).withSignatureHash("ab".repeat(32)))
        .material(InformationMaterial.nonText(MaterialId.parse("video-sheet"), MaterialVersion.of(3, 12), "cy"))
        .validity(Validity.between(T0, at(60 * 24 * 365)).withReviewOn(LocalDate.of(2026, 9, 1)))
        .jurisdiction(Jurisdiction.WALES)
        .withdrawalRoutes(EnumSet.allOf(WithdrawalRoute.class))
        .build();
  }

  // ---- generators -------------------------------------------------------------------------

  /** The kinds of step a generated sequence is made of, beyond the consent actions. */
  private static final int CAPABLE_THEN_OWN_DECISION = ConsentAction.values().length;
  private static final int NOT_CAPABLE_ASSESSMENT = CAPABLE_THEN_OWN_DECISION + 1;

  /**
   * Steps of a generated sequence: {@code [subject, kind, purpose mask, gap in minutes]}. Kept
   * as plain integers so QuickTheories can shrink them; {@link #recordsFrom(List)} turns them
   * into records.
   */
  public static Gen<List<int[]>> steps(int maxSize) {
    return steps(0, maxSize);
  }

  /** Like {@link #steps(int)}, with at least {@code minSize} steps. */
  public static Gen<List<int[]>> steps(int minSize, int maxSize) {
    Gen<int[]> step = integers().between(0, SUBJECTS.size() - 1).zip(
        integers().between(0, NOT_CAPABLE_ASSESSMENT),
        integers().between(1, (1 << PURPOSES.size()) - 1),
        integers().between(0, 60 * 24 * 10),
        (s, k, m, g) -> new int[] {s, k, m, g});
    return lists().of(step).ofSizeBetween(minSize, maxSize);
  }

  /** Valid record sequences: varied subjects, purposes, actions, instants in order per subject. */
  public static Gen<List<LedgerRecord>> records(int maxSize) {
    return records(0, maxSize);
  }

  /** Like {@link #records(int)}, from at least {@code minSteps} steps. */
  public static Gen<List<LedgerRecord>> records(int minSteps, int maxSteps) {
    return steps(minSteps, maxSteps).map(LedgerFixtures::recordsFrom).describedAs(LedgerFixtures::describe);
  }

  /**
   * Turns steps into valid records. Each young person has their own clock (starting some hours
   * apart, so subjects interleave in time), moved on by each step's gap (possibly 0: records at
   * the same instant). Ids are {@code E-<n>} and {@code A-<n>} for the n-th step; a capable
   * assessment step also records the young person's own decision resting on it.
   */
  public static List<LedgerRecord> recordsFrom(List<int[]> steps) {
    Map<PersonId, Instant> clock = new HashMap<>();
    List<LedgerRecord> out = new ArrayList<>();
    for (int n = 0; n < steps.size(); n++) {
      int[] step = steps.get(n);
      PersonId subject = SUBJECTS.get(step[0]);
      Instant t = clock.getOrDefault(subject, T0.plus(Duration.ofHours(5L * step[0])))
          .plus(Duration.ofMinutes(step[3]));
      clock.put(subject, t);
      Purpose[] purposes = purposes(step[2]);
      int kind = step[1];
      if (kind < CAPABLE_THEN_OWN_DECISION) {
        out.add(LedgerRecord.of(event("E-" + n, subject, ConsentAction.values()[kind], t, purposes)));
      } else if (kind == CAPABLE_THEN_OWN_DECISION) {
        out.add(LedgerRecord.of(assessment("A-" + n, subject, t, true, purposes)));
        out.add(LedgerRecord.of(selfAssessedGrant("E-" + n, subject, t, "A-" + n, purposes)));
      } else {
        out.add(LedgerRecord.of(assessment("A-" + n, subject, t, false, purposes)));
      }
    }
    return out;
  }

  /** The purposes picked by the bits of {@code mask} (at least one bit set). */
  public static Purpose[] purposes(int mask) {
    List<Purpose> picked = new ArrayList<>();
    for (int i = 0; i < PURPOSES.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        picked.add(PURPOSES.get(i));
      }
    }
    return picked.toArray(new Purpose[0]);
  }

  private static String describe(List<LedgerRecord> records) {
    StringBuilder s = new StringBuilder("[");
    for (LedgerRecord r : records) {
      s.append(r.subject()).append(' ').append(r.idText()).append(' ').append(r.recordedAt());
      r.event().ifPresent(e -> s.append(' ').append(e.action()).append(' ').append(e.purposes()));
      s.append("; ");
    }
    return s.append(']').toString();
  }
}
