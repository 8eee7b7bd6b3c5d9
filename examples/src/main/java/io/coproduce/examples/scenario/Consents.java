package io.coproduce.examples.scenario;

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
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.consent.ledger.LedgerRecord;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.consent.policy.DecisionRoute;
import io.coproduce.consent.policy.WhoDecides;
import io.coproduce.consent.purpose.OnlineServiceKind;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes one young person's consent history as ledger records, in the order they were recorded:
 * ordinary consents (asked of whoever the policy says decides, with the child's assent, and
 * re-confirmed by the young person on each birthday that changes who decides), or the person's
 * planted {@link ConsentStory}.
 */
final class Consents {

  /** The purposes every ordinary consent covers: what sessions ask for. */
  static final List<Purpose> ORDINARY = List.of(Purpose.takingPart(),
      Purpose.onlineService(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE), Purpose.photography(),
      Purpose.quotation(QuoteAttribution.ANONYMOUS));

  private final long seed;
  private final ConsentPolicy policy;

  private final Map<Jurisdiction, List<List<Integer>>> reconsentAges = new EnumMap<>(Jurisdiction.class);

  Consents(long seed, ConsentPolicy policy) {
    this.seed = seed;
    this.policy = policy;
    for (Jurisdiction nation : Jurisdiction.values()) {
      reconsentAges.put(nation, ORDINARY.stream().map(p -> policy.reconsentAges(nation, p)).toList());
    }
  }

  /** The ages at which {@code purpose} (one of {@link #ORDINARY}) needs the young person's own re-consent. */
  private List<Integer> reconsentAges(Jurisdiction nation, Purpose purpose) {
    return reconsentAges.get(nation).get(ORDINARY.indexOf(purpose));
  }

  /** The staff member of a local system who records consents and assessments. */
  static PersonId staffOf(int localSystem, int k) {
    return PersonId.parse(String.format(java.util.Locale.ROOT, "st-ls%02d-%d", localSystem, k));
  }

  List<LedgerRecord> recordsOf(Profile p) {
    Writer w = new Writer(p, Randoms.of(seed, Randoms.CONSENTS, p.index()));
    if (p.clean()) {
      w.ordinary();
    } else {
      w.story(p.story());
    }
    return w.out;
  }

  private final class Writer {
    private final Profile p;
    private final Person person;
    private final SplittableRandom r;
    private final PersonId staff;
    private final PersonId witness;
    private final List<LedgerRecord> out = new ArrayList<>(6);
    private int next;

    Writer(Profile p, SplittableRandom r) {
      this.p = p;
      this.person = p.person();
      this.r = r;
      this.staff = staffOf(p.localSystem(), 1 + r.nextInt(3));
      this.witness = staffOf(p.localSystem(), 4);
    }

    void ordinary() {
      Instant at = p.firstConsentAt();
      LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
      Map<DecisionAuthority, List<Purpose>> own = new EnumMap<>(DecisionAuthority.class);
      List<Purpose> surrogate = new ArrayList<>();
      List<Purpose> assent = new ArrayList<>();
      for (Purpose purpose : ORDINARY) {
        WhoDecides who = policy.whoDecides(person, purpose, day);
        if (decidesForThemself(who)) {
          own.computeIfAbsent(who.ownAuthority().orElseThrow(), a -> new ArrayList<>()).add(purpose);
          if (who.parentalCoConsent()) {
            surrogate.add(purpose);
          }
        } else {
          surrogate.add(purpose);
          if (who.assentSought()) {
            assent.add(purpose);
          }
        }
      }
      if (!surrogate.isEmpty()) {
        append(grantBySurrogate(at, surrogate, Materials.SESSIONS_1_0));
        if (!assent.isEmpty()) {
          append(assented(at.plusSeconds(60), assent));
        }
      }
      Instant ownAt = at.plusSeconds(120);
      for (Map.Entry<DecisionAuthority, List<Purpose>> e : own.entrySet()) {
        append(grant(ownAt, person.id(), e.getKey(), e.getValue(), Materials.SESSIONS_1_0, Validity.from(ownAt)));
      }
      LocalDate birth = person.birth().latestBirthDate();
      for (int years = 1; years <= 25; years++) {
        LocalDate birthday = birth.plusYears(years);
        if (!birthday.isAfter(day)) {
          continue;
        }
        if (birthday.isAfter(Scenario.REFERENCE_DATE) || surrogate.isEmpty()) {
          break;
        }
        Map<DecisionAuthority, List<Purpose>> reconfirm = new EnumMap<>(DecisionAuthority.class);
        for (Purpose purpose : List.copyOf(surrogate)) {
          if (reconsentAges(person.jurisdiction(), purpose).contains(years)) {
            WhoDecides who = policy.whoDecides(person, purpose, birthday);
            reconfirm.computeIfAbsent(who.ownAuthority().orElseThrow(), a -> new ArrayList<>()).add(purpose);
            surrogate.remove(purpose);
          }
        }
        List<Purpose> newlyAssenting = new ArrayList<>();
        for (Purpose purpose : surrogate) {
          if (!assent.contains(purpose) && policy.whoDecides(person, purpose, birthday).assentSought()) {
            newlyAssenting.add(purpose);
            assent.add(purpose);
          }
        }
        Instant on = birthday.atTime(9, 30).toInstant(ZoneOffset.UTC);
        if (!newlyAssenting.isEmpty()) {
          append(assented(on, newlyAssenting));
        }
        for (Map.Entry<DecisionAuthority, List<Purpose>> e : reconfirm.entrySet()) {
          append(grant(on.plusSeconds(60), person.id(), e.getKey(), e.getValue(), Materials.SESSIONS_1_0,
              Validity.from(on.plusSeconds(60))));
        }
      }
    }

    void story(ConsentStory story) {
      Purpose purpose = story.purpose();
      List<Purpose> ps = List.of(purpose);
      Instant t1 = Scenario.WINDOW_START.plusDays(10 + r.nextInt(90)).atTime(10, 0).toInstant(ZoneOffset.UTC)
          .plusSeconds(60L * r.nextInt(420));
      Instant t2 = t1.plus(Duration.ofDays(5 + r.nextInt(35)));
      Instant t3 = t2.plus(Duration.ofDays(1 + r.nextInt(20)));
      InformationMaterial sheet = Materials.SESSIONS_1_0;
      switch (story) {
        case REFUSED_BY_YOUNG_PERSON -> append(decision(ConsentAction.REFUSED, t1, person.id(), own(purpose, t1), ps));
        case REFUSED_BY_PARENT -> append(decision(ConsentAction.REFUSED, t1, p.mother(),
            DecisionAuthority.PARENTAL_RESPONSIBILITY, ps));
        case CHILD_DISSENTED -> {
          append(grantBySurrogate(t1, ps, sheet));
          append(subjectsWish(ConsentAction.DISSENTED, t2, ps));
        }
        case WITHDRAWN -> {
          append(grant(t1, person.id(), own(purpose, t1), ps, sheet, Validity.from(t1)));
          append(event(ConsentAction.WITHDRAWN, t2, ps).bySubject(own(purpose, t2))
              .evidence(Evidence.of(ConsentMethod.DIGITAL, staff))
              .handling(CollectedMaterialHandling.REMOVE_FROM_UNPUBLISHED).build());
        }
        case REVOKED_BY_PARENT -> {
          append(grantBySurrogate(t1, ps, sheet));
          append(assented(t1.plusSeconds(60), ps));
          append(event(ConsentAction.REVOKED, t2, ps).decidedBy(p.mother(), DecisionAuthority.PARENTAL_RESPONSIBILITY)
              .evidence(Evidence.of(ConsentMethod.WRITTEN, staff)).handling(CollectedMaterialHandling.ANONYMISE).build());
        }
        case EXPIRED -> append(grant(t1, person.id(), own(purpose, t1), ps, sheet,
            Validity.between(t1, t1.plus(Duration.ofDays(90)))));
        case INFORMATION_SHEET_CHANGED -> append(grant(t1, person.id(), own(purpose, t1), ps, Materials.MAIN_1_0,
            Validity.from(t1)));
        case INFORMATION_SHEET_CORRECTED -> append(grant(t1, person.id(), own(purpose, t1), ps,
            Materials.PHOTOS_1_0, Validity.from(t1)));
        case TURNED_16, TURNED_12_IN_SCOTLAND, TURNED_13_ONLINE -> {
          append(grantBySurrogate(t1, ps, sheet));
          append(assented(t1.plusSeconds(60), ps));
        }
        case GILLICK_COMPETENT_OVERRIDES_PARENT -> {
          append(decision(ConsentAction.REFUSED, t1, p.mother(), DecisionAuthority.PARENTAL_RESPONSIBILITY, ps));
          CapacityAssessment a = assessment(t2, ps, true);
          append(a);
          append(grant(t3, person.id(), DecisionAuthority.SELF_ASSESSED_CAPABLE, ps, sheet, Validity.from(t3))
              .restingOn(a));
        }
        case ASSESSED_NOT_CAPABLE -> {
          append(assessment(t1, ps, false));
          append(grantBySurrogate(t2, ps, sheet));
          append(assented(t2.plusSeconds(60), ps));
        }
        case NO_DECISION_YET -> append(event(ConsentAction.REQUESTED, t1, ps).recordedBy(staff).build());
        case DEFERRED -> append(decision(ConsentAction.DEFERRED, t1, person.id(), own(purpose, t1), ps));
        case LOOKED_AFTER_AUTHORITY_DECIDES -> {
          append(decision(ConsentAction.REFUSED, t1, p.mother(), DecisionAuthority.PARENTAL_RESPONSIBILITY, ps));
          append(grantBySurrogate(t2, ps, sheet));
          append(assented(t2.plusSeconds(60), ps));
        }
        default -> throw new IllegalStateException("no script for " + story);
      }
    }

    private boolean decidesForThemself(WhoDecides who) {
      return who.route() == DecisionRoute.YOUNG_PERSON
          || who.route() == DecisionRoute.YOUNG_PERSON_UNLESS_ASSESSED_NOT_CAPABLE;
    }

    private DecisionAuthority own(Purpose purpose, Instant at) {
      return policy.whoDecides(person, purpose, LocalDate.ofInstant(at, ZoneOffset.UTC)).ownAuthority()
          .orElseThrow(() -> new IllegalStateException("story needs a young person who decides: " + p.index()));
    }

    private ConsentEvent.Builder event(ConsentAction action, Instant at, List<Purpose> purposes) {
      return ConsentEvent.builder(ConsentEventId.parse("ce-" + p.index() + "-" + (++next)), person.id(), action, at)
          .purposes(purposes).jurisdiction(person.jurisdiction());
    }

    private Grant grant(Instant at, PartyId by, DecisionAuthority authority, List<Purpose> purposes,
        InformationMaterial sheet, Validity validity) {
      return new Grant(event(ConsentAction.GIVEN, at, purposes).decidedBy(by, authority)
          .evidence(Evidence.of(ConsentMethod.WRITTEN, staff)).material(sheet).validity(validity)
          .withdrawalRoutes(WithdrawalRoute.IN_PERSON, WithdrawalRoute.ONLINE_FORM));
    }

    private Grant grantBySurrogate(Instant at, List<Purpose> purposes, InformationMaterial sheet) {
      if (p.underCareOrder()) {
        return grant(at, p.authority(), DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER, purposes, sheet,
            Validity.from(at));
      }
      return grant(at, p.mother(), DecisionAuthority.PARENTAL_RESPONSIBILITY, purposes, sheet, Validity.from(at));
    }

    private ConsentEvent decision(ConsentAction action, Instant at, PartyId by, DecisionAuthority authority,
        List<Purpose> purposes) {
      return event(action, at, purposes).decidedBy(by, authority).evidence(Evidence.verbal(staff, witness)).build();
    }

    private ConsentEvent assented(Instant at, List<Purpose> purposes) {
      return subjectsWish(ConsentAction.ASSENTED, at, purposes);
    }

    private ConsentEvent subjectsWish(ConsentAction action, Instant at, List<Purpose> purposes) {
      return event(action, at, purposes).bySubject(null).evidence(Evidence.verbal(staff, witness)).build();
    }

    private CapacityAssessment assessment(Instant at, List<Purpose> purposes, boolean capable) {
      Set<CapacityCriterion> met = EnumSet.allOf(CapacityCriterion.class);
      if (!capable) {
        met.remove(CapacityCriterion.WEIGHS_INFORMATION);
      }
      return CapacityAssessment.of(CapacityAssessmentId.parse("ca-" + p.index() + "-" + (++next)), person.id(),
          Set.copyOf(purposes), at, staffOf(p.localSystem(), 5), met);
    }

    private void append(ConsentEvent e) {
      out.add(LedgerRecord.of(e));
    }

    private void append(Grant g) {
      out.add(LedgerRecord.of(g.builder.build()));
    }

    private void append(CapacityAssessment a) {
      out.add(LedgerRecord.of(a));
    }
  }

  /** A grant still open to one more detail (the assessment it rests on). */
  private static final class Grant {
    private final ConsentEvent.Builder builder;

    Grant(ConsentEvent.Builder builder) {
      this.builder = builder;
    }

    Grant restingOn(CapacityAssessment a) {
      builder.capacityAssessment(a.id());
      return this;
    }
  }
}
