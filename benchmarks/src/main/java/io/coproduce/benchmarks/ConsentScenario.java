package io.coproduce.benchmarks;

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
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.IdentifierSyntax;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.readability.ReadingLevel;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded synthetic population of young people and their consent histories, for the consent
 * benchmarks. Subject {@code i} is generated from its own random stream (seed and index), so any
 * subject can be regenerated alone, the same on every run, and a population can be streamed into a
 * ledger without holding all its records at once.
 *
 * <p>Each subject is 4 to 25 on {@link #SESSION_DATE}, in one of the four UK nations (England
 * 84%, Scotland 8%, Wales 5%, Northern Ireland 3%), with a birth mother and usually a father
 * recorded as holding parental responsibility (married, or registered on the birth certificate),
 * and for 2% a local authority under a care order. Their history, from September 2024, is one or
 * two yearly rounds of: a request by a worker; then, by whoever decides at the age they were then,
 *
 * <ul>
 *   <li>under 16: a parent's {@code GIVEN} on {@code PARENTAL_RESPONSIBILITY} (or the local
 *       authority's on its care order), the child's {@code ASSENTED} from age 5 (3% dissent, 3%
 *       no view recorded), sometimes the other parent's decision (a third of them refusing
 *       photography), in Scotland at 12 to 15 often the young person's own consent to the
 *       personal-data purposes, and for 3% of 13 to 15-year-olds a capacity assessment and their own
 *       consent on it (Gillick);
 *   <li>16 or over: their own {@code GIVEN} on {@code SELF_AGED_16_OR_OVER} or {@code SELF_ADULT}
 *       (8% refusing photography separately, 4% refusing everything);
 * </ul>
 *
 * <p>and, for 90% of those whose anniversary has come, a second round 11 to 13 months later
 * renews (or, past a 16th birthday, asks the young person themself, which 30% have not yet
 * answered). Grants run for six months (10%), two years (70%) or
 * open-ended with a review date (20%); the standard information sheet had a new major version in
 * March 2026, so older grants resting on it need re-consent. A few histories end with a withdrawal
 * (a parent's revocation or the child's dissent under 16), a recorded expiry or an invalidation.
 * That is about 5.2 records per subject; about half the decisions a session asks for are allowed.
 */
public final class ConsentScenario {

  /** The date of the sessions checked. */
  public static final LocalDate SESSION_DATE = LocalDate.of(2026, 11, 23);
  /** The instant of the sessions checked: every record is before it. */
  public static final Instant SESSION = SESSION_DATE.atTime(10, 0).toInstant(ZoneOffset.UTC);

  /** The four purposes a session asks about. */
  public static final List<Purpose> SESSION_PURPOSES = List.of(
      Purpose.takingPart(), Purpose.photography(), Purpose.audioRecording(),
      Purpose.quotation(QuoteAttribution.ANONYMOUS));

  private static final Instant HISTORY_START = LocalDate.of(2024, 9, 1).atTime(8, 0).toInstant(ZoneOffset.UTC);
  private static final Instant SHEET_V2_PUBLISHED = LocalDate.of(2026, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final Set<Purpose> ALL = Set.copyOf(SESSION_PURPOSES);
  private static final Set<Purpose> ALL_AND_VIDEO = Set.of(Purpose.takingPart(), Purpose.photography(),
      Purpose.audioRecording(), Purpose.quotation(QuoteAttribution.ANONYMOUS), Purpose.video());
  private static final Set<Purpose> WITHOUT_PHOTOGRAPHY = Set.of(Purpose.takingPart(),
      Purpose.audioRecording(), Purpose.quotation(QuoteAttribution.ANONYMOUS));
  private static final Set<Purpose> PERSONAL_DATA = Set.of(Purpose.photography(), Purpose.audioRecording(),
      Purpose.quotation(QuoteAttribution.ANONYMOUS));
  private static final Set<Purpose> PHOTOGRAPHY = Set.of(Purpose.photography());

  private static final MaterialId SHEET = MaterialId.parse("info-sheet-youth-voice");
  private static final MaterialId EASY_READ = MaterialId.parse("easy-read-youth-voice");
  private static final ReadingLevel SHEET_LEVEL = ReadingLevel.of(
      "We would like to hear what you think about your school and your area. You can stop at any"
          + " time. You do not have to say why. We may take photographs and record what people say,"
          + " and we may use some of your words in a report without your name.");
  private static final ReadingLevel EASY_READ_LEVEL = ReadingLevel.of(
      "We want to hear what you think. You can stop at any time. We may take photos. We keep what you say safe.");
  private static final InformationMaterial SHEET_V1_EN =
      InformationMaterial.of(SHEET, MaterialVersion.of(1, 3), "en", SHEET_LEVEL);
  private static final InformationMaterial SHEET_V1_CY =
      InformationMaterial.of(SHEET, MaterialVersion.of(1, 3), "cy", SHEET_LEVEL);
  private static final InformationMaterial SHEET_V2_EN =
      InformationMaterial.of(SHEET, MaterialVersion.of(2, 0), "en", SHEET_LEVEL);
  private static final InformationMaterial SHEET_V2_CY =
      InformationMaterial.of(SHEET, MaterialVersion.of(2, 0), "cy", SHEET_LEVEL);
  private static final InformationMaterial EASY_READ_EN =
      InformationMaterial.of(EASY_READ, MaterialVersion.of(1, 1), "en", EASY_READ_LEVEL);
  private static final InformationMaterial EASY_READ_CY =
      InformationMaterial.of(EASY_READ, MaterialVersion.of(1, 1), "cy", EASY_READ_LEVEL);
  private static final Set<WithdrawalRoute> ROUTES =
      EnumSet.of(WithdrawalRoute.IN_PERSON, WithdrawalRoute.ONLINE_FORM, WithdrawalRoute.THROUGH_TRUSTED_ADULT);
  private static final Set<CapacityCriterion> ALL_CRITERIA = EnumSet.allOf(CapacityCriterion.class);

  private final long seed;
  private final PersonId[] workers;
  private final OrganisationId[] localAuthorities;

  private ConsentScenario(long seed) {
    this.seed = seed;
    SplittableRandom random = new SplittableRandom(seed);
    workers = new PersonId[500];
    for (int i = 0; i < workers.length; i++) {
      workers[i] = PersonId.random(random);
    }
    localAuthorities = new OrganisationId[20];
    for (int i = 0; i < localAuthorities.length; i++) {
      localAuthorities[i] = OrganisationId.random(random);
    }
  }

  /** The population generated from {@code seed}. */
  public static ConsentScenario seeded(long seed) {
    return new ConsentScenario(seed);
  }

  /** The material catalogue: the standard sheet's version 2.0 (a material change) in March 2026. */
  public static MaterialCatalogue materials() {
    return MaterialCatalogue.of(List.of(
        Publication.of(SHEET, MaterialVersion.of(1, 3), HISTORY_START.minus(Duration.ofDays(30))),
        Publication.of(EASY_READ, MaterialVersion.of(1, 1), HISTORY_START.minus(Duration.ofDays(30))),
        Publication.of(SHEET, MaterialVersion.of(2, 0), SHEET_V2_PUBLISHED)));
  }

  /**
   * One young person: who they are, who holds parental responsibility for them, and their records
   * in the order recorded.
   *
   * @param person the young person
   * @param claims the recorded parental-responsibility claims for them
   * @param records their consent events and capacity assessments, oldest first
   */
  public record Subject(Person person, List<ResponsibilityClaim> claims, List<LedgerRecord> records) {}

  /** Generates subject {@code index} (the same every time for the same seed). */
  public Subject subject(long index) {
    return new Generator(new SplittableRandom(mix(seed, index))).run();
  }

  /**
   * A well-spread seed for subject {@code index} (SplitMix64's finaliser): seeds that differ by
   * SplittableRandom's own increment would give shifted copies of one stream.
   */
  private static long mix(long seed, long index) {
    long z = seed + (index + 1) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * An endless stream of records of subjects {@code first}, {@code first + step}, ...: each
   * subject's history whole and in order. Not thread-safe: give each thread its own.
   */
  public RecordStream stream(long first, long step) {
    return new RecordStream(first, step);
  }

  /** See {@link #stream(long, long)}. */
  public final class RecordStream {
    private long nextSubject;
    private final long step;
    private List<LedgerRecord> current = List.of();
    private int at;

    private RecordStream(long first, long step) {
      this.nextSubject = first;
      this.step = step;
    }

    /** The next record. */
    public LedgerRecord next() {
      while (at == current.size()) {
        current = subject(nextSubject).records();
        nextSubject += step;
        at = 0;
      }
      return current.get(at++);
    }

    /** The next {@code n} records. */
    public List<LedgerRecord> next(int n) {
      List<LedgerRecord> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(next());
      }
      return out;
    }

    /**
     * Drops the rest of the current subject's history, so the next record starts a subject (call
     * before writing to a new, empty ledger: a decision must find its capacity assessment there).
     */
    public void skipToNextSubject() {
      at = current.size();
    }
  }

  /** Generates one subject from its own random stream. */
  private final class Generator {
    private final SplittableRandom r;
    private final List<LedgerRecord> records = new ArrayList<>(8);
    private final List<ResponsibilityClaim> claims = new ArrayList<>(3);
    private PersonId child;
    private LocalDate birth;
    private Jurisdiction nation;
    private PersonId mother;
    private PersonId father;
    private OrganisationId authority;
    private Instant clock;
    private int firstGrantAge = -1;
    private ConsentEvent.Builder pending;

    Generator(SplittableRandom r) {
      this.r = r;
    }

    Subject run() {
      child = PersonId.random(r);
      int ageNow = r.nextInt(4, 26);
      birth = SESSION_DATE.minusYears(ageNow).minusDays(r.nextInt(0, 365));
      int n = r.nextInt(100);
      nation = n < 84 ? Jurisdiction.ENGLAND : n < 92 ? Jurisdiction.SCOTLAND : n < 97 ? Jurisdiction.WALES
          : Jurisdiction.NORTHERN_IRELAND;
      Person person = Person.youngPerson(child, BirthInformation.ofDate(birth), nation);

      mother = PersonId.random(r);
      claims.add(ResponsibilityClaim.of(mother, child, ResponsibilityBasis.BIRTH_MOTHER, birth));
      int f = r.nextInt(100);
      if (f < 45) {
        father = PersonId.random(r);
        claims.add(ResponsibilityClaim.of(father, child, ResponsibilityBasis.FATHER_MARRIED_TO_MOTHER, birth));
      } else if (f < 70) {
        father = PersonId.random(r);
        claims.add(ResponsibilityClaim.of(father, child, ResponsibilityBasis.FATHER_REGISTERED_ON_BIRTH_CERTIFICATE,
            birth.plusDays(r.nextInt(1, 40))));
      }
      if (r.nextInt(100) < 2) {
        authority = localAuthorities[r.nextInt(localAuthorities.length)];
        claims.add(ResponsibilityClaim.of(authority, child, ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER,
            birth.plusDays(r.nextInt(30, Math.max(31, (int) ChronoUnit.DAYS.between(birth, SESSION_DATE) - 30)))));
      }

      clock = HISTORY_START.plus(Duration.ofDays(r.nextInt(0, 400))).plusSeconds(r.nextInt(0, 36_000));
      Set<Purpose> purposes = r.nextInt(100) < 10 ? ALL_AND_VIDEO : ALL;
      round(purposes, false);
      Instant second = clock.plus(Duration.ofDays(r.nextInt(330, 400)));
      if (second.isBefore(SESSION.minus(Duration.ofDays(2))) && r.nextInt(100) < 90) {
        clock = second;
        round(purposes, true);
      }
      ending(purposes);
      return new Subject(person, List.copyOf(claims), List.copyOf(records));
    }

    private int ageAt(Instant t) {
      return (int) ChronoUnit.YEARS.between(birth, LocalDate.ofInstant(t, ZoneOffset.UTC));
    }

    private Instant tick() {
      clock = clock.plusSeconds(r.nextInt(60, 3 * 86_400));
      return clock;
    }

    private void round(Set<Purpose> purposes, boolean renewal) {
      event(ConsentAction.REQUESTED, tick()).purposes(purposes).recordedBy(worker()).jurisdiction(nation);
      flush();
      int age = ageAt(clock);
      if (age < 16) {
        childRound(purposes, renewal, age);
      } else {
        boolean crossed16 = renewal && firstGrantAge >= 0 && firstGrantAge < 16;
        if (crossed16 && r.nextInt(100) < 30) {
          return; // asked to re-confirm at 16, has not answered yet
        }
        ownRound(purposes, renewal && !crossed16, age);
      }
    }

    private void childRound(Set<Purpose> purposes, boolean renewal, int age) {
      ConsentAction grant = renewal ? ConsentAction.RENEWED : ConsentAction.GIVEN;
      Set<Purpose> granted = r.nextInt(100) < 12 ? subtract(purposes, PHOTOGRAPHY) : purposes;
      if (authority != null && r.nextBoolean()) {
        grantBy(grant, granted, authority, DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER, age);
      } else {
        grantBy(grant, granted, mother, DecisionAuthority.PARENTAL_RESPONSIBILITY, age);
      }
      if (father != null && r.nextInt(100) < 40) {
        if (r.nextInt(3) == 0) {
          event(ConsentAction.REFUSED, tick()).purposes(PHOTOGRAPHY)
              .decidedBy(father, DecisionAuthority.PARENTAL_RESPONSIBILITY).evidence(evidence())
              .jurisdiction(nation);
          flush();
        } else {
          grantBy(grant, granted, father, DecisionAuthority.PARENTAL_RESPONSIBILITY, age);
        }
      }
      if (nation == Jurisdiction.SCOTLAND && age >= 12 && r.nextInt(100) < 50) {
        grantBy(ConsentAction.GIVEN, intersect(granted, PERSONAL_DATA), child,
            DecisionAuthority.SELF_SCOTLAND_12_OR_OVER_DATA, age);
      } else if (nation != Jurisdiction.SCOTLAND && age >= 13 && r.nextInt(100) < 3) {
        CapacityAssessmentId id = CapacityAssessmentId.random(r);
        records.add(LedgerRecord.of(CapacityAssessment.of(id, child, purposes, tick(), worker(), ALL_CRITERIA)));
        ConsentEvent.Builder b = event(ConsentAction.GIVEN, tick()).purposes(purposes)
            .bySubject(DecisionAuthority.SELF_ASSESSED_CAPABLE).capacityAssessment(id);
        grantDetails(b, age);
        flush();
      }
      if (age >= 5) {
        int a = r.nextInt(100);
        if (a < 94) {
          event(ConsentAction.ASSENTED, tick()).purposes(granted).bySubject(null).evidence(evidence())
              .jurisdiction(nation);
          flush();
        } else if (a < 97) {
          event(ConsentAction.DISSENTED, tick()).purposes(a % 2 == 0 ? PHOTOGRAPHY : granted).bySubject(null)
              .evidence(evidence()).jurisdiction(nation);
          flush();
        }
      }
    }

    private void ownRound(Set<Purpose> purposes, boolean renewal, int age) {
      DecisionAuthority self = age >= 18 ? DecisionAuthority.SELF_ADULT : DecisionAuthority.SELF_AGED_16_OR_OVER;
      int d = r.nextInt(100);
      if (d < 4) {
        event(ConsentAction.REFUSED, tick()).purposes(purposes).bySubject(self).evidence(evidence())
            .jurisdiction(nation);
        flush();
        return;
      }
      ConsentAction grant = renewal ? ConsentAction.RENEWED : ConsentAction.GIVEN;
      if (d < 12) {
        grantBy(grant, subtract(purposes, PHOTOGRAPHY), child, self, age);
        event(ConsentAction.REFUSED, tick()).purposes(PHOTOGRAPHY).bySubject(self).evidence(evidence())
            .jurisdiction(nation);
        flush();
      } else {
        grantBy(grant, purposes, child, self, age);
      }
    }

    private void ending(Set<Purpose> purposes) {
      int e = r.nextInt(1000);
      if (e >= 65) {
        return;
      }
      Instant at = tick();
      if (!at.isBefore(SESSION)) {
        return;
      }
      int age = ageAt(at);
      if (e < 40) {
        CollectedMaterialHandling handling = CollectedMaterialHandling.values()[r.nextInt(3)];
        if (age >= 16) {
          event(ConsentAction.WITHDRAWN, at).purposes(purposes)
              .bySubject(age >= 18 ? DecisionAuthority.SELF_ADULT : DecisionAuthority.SELF_AGED_16_OR_OVER)
              .evidence(evidence()).handling(handling).jurisdiction(nation);
        } else if (e % 2 == 0 && age >= 5) {
          event(ConsentAction.DISSENTED, at).purposes(purposes).bySubject(null).evidence(evidence())
              .jurisdiction(nation);
        } else {
          event(ConsentAction.REVOKED, at).purposes(purposes)
              .decidedBy(mother, DecisionAuthority.PARENTAL_RESPONSIBILITY).evidence(evidence())
              .handling(handling).jurisdiction(nation);
        }
      } else if (e < 60) {
        event(ConsentAction.EXPIRED, at).purposes(purposes).recordedBy(worker()).jurisdiction(nation);
      } else {
        event(ConsentAction.INVALIDATED, at).purposes(purposes).recordedBy(worker())
            .invalidationGround(InvalidationGround.RECORDED_IN_ERROR).jurisdiction(nation);
      }
      flush();
    }

    private void grantBy(ConsentAction action, Set<Purpose> purposes, PartyId by, DecisionAuthority on, int age) {
      if (purposes.isEmpty()) {
        return;
      }
      ConsentEvent.Builder b = event(action, tick()).purposes(purposes).decidedBy(by, on);
      grantDetails(b, age);
      flush();
      if (firstGrantAge < 0) {
        firstGrantAge = age;
      }
    }

    private void grantDetails(ConsentEvent.Builder b, int age) {
      boolean welsh = nation == Jurisdiction.WALES && r.nextInt(100) < 30;
      InformationMaterial shown;
      if (age < 12) {
        shown = welsh ? EASY_READ_CY : EASY_READ_EN;
      } else if (clock.isBefore(SHEET_V2_PUBLISHED)) {
        shown = welsh ? SHEET_V1_CY : SHEET_V1_EN;
      } else {
        shown = welsh ? SHEET_V2_CY : SHEET_V2_EN;
      }
      int v = r.nextInt(100);
      Validity validity = v < 10 ? Validity.between(clock, clock.plus(Duration.ofDays(182)))
          : v < 80 ? Validity.between(clock, clock.plus(Duration.ofDays(730)))
          : Validity.from(clock).withReviewOn(LocalDate.ofInstant(clock, ZoneOffset.UTC).plusYears(1));
      b.evidence(evidence()).material(shown).validity(validity).withdrawalRoutes(ROUTES).jurisdiction(nation);
    }

    private ConsentEvent.Builder event(ConsentAction action, Instant at) {
      pending = ConsentEvent.builder(new ConsentEventId(IdentifierSyntax.mint(r)), child, action, at);
      return pending;
    }

    private void flush() {
      records.add(LedgerRecord.of(pending.build()));
      pending = null;
    }

    private PersonId worker() {
      return workers[r.nextInt(workers.length)];
    }

    private Evidence evidence() {
      int m = r.nextInt(100);
      if (m < 5) {
        PersonId a = worker();
        PersonId b = worker();
        return a.equals(b) ? Evidence.of(ConsentMethod.WRITTEN, a) : Evidence.verbal(a, b);
      }
      return Evidence.of(m < 55 ? ConsentMethod.DIGITAL : ConsentMethod.WRITTEN, worker());
    }
  }

  private static Set<Purpose> subtract(Set<Purpose> a, Set<Purpose> b) {
    Set<Purpose> out = new java.util.TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static Set<Purpose> intersect(Set<Purpose> a, Set<Purpose> b) {
    Set<Purpose> out = new java.util.TreeSet<>(a);
    out.retainAll(b);
    return out;
  }
}
