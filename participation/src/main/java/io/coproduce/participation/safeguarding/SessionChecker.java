package io.coproduce.participation.safeguarding;

import com.google.common.collect.ImmutableList;
import io.coproduce.consent.gate.ConsentCheck;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.gate.GroupConsentCheck;
import io.coproduce.consent.gate.PurposeDecision;
import io.coproduce.core.age.Age;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.AccessNeed;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.SpecialEducationalNeeds;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.engagement.EngagementGuidance;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.OnlinePlatform;
import io.coproduce.participation.session.Recurrence;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.session.Venue;
import io.coproduce.participation.vetting.FrequencyTest;
import io.coproduce.participation.vetting.VettingLevel;
import io.coproduce.participation.vetting.WorkWithChildren;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a session plan before it runs: is it safe and suitable for the ages in the room? The
 * answer is a {@link SessionCheck} of findings, each a blocker, warning or advice naming its rule
 * and source and the people it is about by id only. Stateless apart from its policies and the
 * consent gate; thread-safe when the gate's ledger is.
 *
 * <p>Rules, in the order they run (the constants name them):
 * <ul>
 *   <li>supervision: NSPCC minimum ratios by the youngest child present; at least two adults;
 *       a risk assessment's minimum; extra adults where children have additional needs. Only
 *       staff and volunteers certainly aged 18 or over count: young-adult participants, parents
 *       and carers, guests, and anyone who may be under 18 never do;
 *   <li>mixed ages: under-18s with participants aged 18-25 need a recorded safeguarding decision;
 *   <li>vetting: nobody below the policy's check is left alone with children; the DBS frequency
 *       test over each supervising adult's history plus this session; checks due for renewal;
 *   <li>online: two staff at a live online session; a platform named, and its own minimum age
 *       against every young person's age (apart from data-protection consent);
 *   <li>access: every attendee's access needs met by the venue;
 *   <li>consent: the consent gate over every young person and every purpose at the start;
 *   <li>engagement: age-appropriate method, length, parent involvement and materials.
 * </ul>
 * Ages are read on the session's day in the UK; where only a range is known the youngest age it
 * allows is used, and a person who may be under 18 is treated as a child (explanations say so).
 * Rules about supervising children apply only when a child may be present.
 */
public final class SessionChecker {

  /** Adults fewer than the NSPCC ratio for the youngest child present. */
  public static final String RATIO_RULE = "supervision.ratio";
  /** Fewer than the least number of adults at any session with children. */
  public static final String TWO_ADULTS_RULE = "supervision.two-adults";
  /** Fewer adults than a risk assessment requires. */
  public static final String RISK_ASSESSMENT_RULE = "supervision.risk-assessment";
  /** No extra adult where a child has special educational needs, a disability or an access need. */
  public static final String ADDITIONAL_NEEDS_RULE = "supervision.additional-needs";
  /** A supervising adult who may be under 18, not counted. */
  public static final String ADULT_AGE_RULE = "supervision.adult-age";
  /** Under-18s with 18-25 participants and no recorded safeguarding decision. */
  public static final String MIXED_AGES_RULE = "safeguarding.mixed-ages";
  /** Someone without the required check left alone with children. */
  public static final String ALONE_RULE = "vetting.alone-with-children";
  /** Work that is now regulated activity, without an enhanced check with the barred list. */
  public static final String REGULATED_ACTIVITY_RULE = "vetting.regulated-activity";
  /** Work that would be regulated activity but for supervision by a checked person. */
  public static final String SUPERVISED_RULE = "vetting.supervised-not-regulated";
  /** A check older than the organisation's renewal period. */
  public static final String RENEWAL_RULE = "vetting.renewal-due";
  /** Fewer than two staff at a live online session. */
  public static final String ONLINE_STAFF_RULE = "online.two-staff";
  /** A live online session with no platform named. */
  public static final String PLATFORM_NAMED_RULE = "online.platform-named";
  /** A young person younger than the platform's own minimum age. */
  public static final String PLATFORM_AGE_RULE = "online.platform-age";
  /** An attendee's access need the venue does not meet. */
  public static final String ACCESS_RULE = "access.unmet-need";

  private static final RuleSource MIXED_AGES = RuleSource.guidance(
      "NSPCC, Recommended adult to child ratios (2023): young adults 18-25 who take part are not"
          + " supervising adults; Working Together to Safeguard Children (2023): a recorded decision on"
          + " how a mixed-age group is safeguarded");
  private static final RuleSource ACCESS = RuleSource.law(
      "Equality Act 2010 s.20 (duty to make reasonable adjustments)");
  private static final RuleSource ADULT_AGE = RuleSource.guidance(
      "NSPCC, Recommended adult to child ratios (2023): only people aged 18 or over count as adults");

  private final SafeguardingPolicy policy;
  private final EngagementGuidance guidance;
  private final ConsentGate gate;

  private SessionChecker(SafeguardingPolicy policy, EngagementGuidance guidance, ConsentGate gate) {
    this.policy = policy;
    this.guidance = guidance;
    this.gate = gate;
  }

  /** A checker applying {@code policy} and {@code guidance}, asking {@code gate} about consent. */
  public static SessionChecker of(SafeguardingPolicy policy, EngagementGuidance guidance, ConsentGate gate) {
    return new SessionChecker(Objects.requireNonNull(policy, "policy"),
        Objects.requireNonNull(guidance, "guidance"), Objects.requireNonNull(gate, "gate"));
  }

  /** A checker with the default policy and guidance. */
  public static SessionChecker of(ConsentGate gate) {
    return of(SafeguardingPolicy.defaults(), EngagementGuidance.defaults(), gate);
  }

  /** Checks {@code plan} at its start. */
  public SessionCheck check(SessionPlan plan) {
    Objects.requireNonNull(plan, "plan");
    LocalDate day = plan.day();
    List<Finding> out = new ArrayList<>();
    List<Person> children = new ArrayList<>();
    List<Person> youngAdults = new ArrayList<>();
    for (Person p : plan.youngPeople()) {
      (p.ageOn(day).mayBeUnder(18) ? children : youngAdults).add(p);
    }
    List<AdultAttendee> supervising = new ArrayList<>();
    for (AdultAttendee a : plan.adults()) {
      if (!a.role().supervises()) {
        continue;
      }
      if (a.person().ageOn(day).isAtLeast(18)) {
        supervising.add(a);
      } else if (!children.isEmpty()) {
        out.add(Finding.of(Severity.WARNING, ADULT_AGE_RULE, a.id() + (a.person().ageOn(day).oldestYears() < 18
            ? " is under 18" : " may be under 18") + ", so does not count as a supervising adult", ADULT_AGE,
            List.of(a.id())));
      }
    }
    if (!children.isEmpty()) {
      supervision(plan, children, youngAdults, supervising, out);
      mixedAges(plan, day, children, youngAdults, out);
      vetting(plan, day, out);
    }
    online(plan, children, supervising, out);
    access(plan, out);
    consent(plan, out);
    out.addAll(guidance.check(plan));
    return new SessionCheck(plan.id(), plan.start(), out);
  }

  private void supervision(SessionPlan plan, List<Person> children, List<Person> youngAdults,
      List<AdultAttendee> supervising, List<Finding> out) {
    LocalDate day = plan.day();
    Person youngest = children.get(0);
    for (Person c : children) {
      if (c.ageOn(day).years() < youngest.ageOn(day).years()) {
        youngest = c;
      }
    }
    Age youngestAge = youngest.ageOn(day);
    int perAdult = policy.childrenPerAdult(youngestAge.years());
    int ratioAdults = (children.size() + perAdult - 1) / perAdult;
    int adults = supervising.size();
    String counted = adults + " supervising adult(s) (staff and volunteers aged 18 or over"
        + (youngAdults.isEmpty() ? "" : "; the " + youngAdults.size() + " participant(s) aged 18-25 do not count")
        + ")";
    String governs = "the youngest child present (" + youngest.id() + ", ratio band "
        + SafeguardingPolicy.ratioBand(youngestAge.years()) + (youngestAge.isCertain() ? "" : ", reading the"
        + " youngest age their recorded age range allows") + ") governs the whole group";
    List<PersonId> childIds = children.stream().map(Person::id).toList();
    if (adults < ratioAdults) {
      out.add(Finding.of(Severity.BLOCKER, RATIO_RULE, children.size() + " child(ren) need at least "
          + ratioAdults + " adults at 1 adult to " + perAdult + " children; the plan has " + counted + "; "
          + governs, policy.ratioSource(), List.of(youngest.id())));
    }
    if (adults < policy.minimumAdults()) {
      out.add(Finding.of(Severity.BLOCKER, TWO_ADULTS_RULE, "at least " + policy.minimumAdults()
          + " adults must be present however small the group; the plan has " + counted,
          SafeguardingPolicy.NSPCC_RATIOS, childIds));
    }
    if (adults < plan.riskAssessedMinimumAdults()) {
      out.add(Finding.of(Severity.BLOCKER, RISK_ASSESSMENT_RULE, "the risk assessment requires "
          + plan.riskAssessedMinimumAdults() + " adults; the plan has " + counted,
          SafeguardingPolicy.NSPCC_RATIOS, List.of()));
    }
    List<PersonId> withNeeds = children.stream().filter(SessionChecker::hasAdditionalNeeds).map(Person::id).toList();
    int wanted = Math.max(Math.max(ratioAdults, policy.minimumAdults()), plan.riskAssessedMinimumAdults())
        + policy.extraAdultsForAdditionalNeeds();
    if (!withNeeds.isEmpty() && adults < wanted) {
      out.add(Finding.of(Severity.WARNING, ADDITIONAL_NEEDS_RULE, withNeeds.size() + " child(ren) have special"
          + " educational needs, a disability or an access need: plan " + wanted + " adults ("
          + policy.extraAdultsForAdditionalNeeds() + " beyond the minimum); the plan has " + counted,
          SafeguardingPolicy.NSPCC_RATIOS, withNeeds));
    }
  }

  private static boolean hasAdditionalNeeds(Person p) {
    if (!p.accessNeeds().isEmpty()) {
      return true;
    }
    Optional<SpecialEducationalNeeds> sen = p.monitoring().specialEducationalNeeds().answer();
    return sen.isPresent() && sen.get() != SpecialEducationalNeeds.NONE;
  }

  private static void mixedAges(SessionPlan plan, LocalDate day, List<Person> children, List<Person> youngAdults,
      List<Finding> out) {
    if (youngAdults.isEmpty()) {
      return;
    }
    boolean recorded = plan.mixedAgeArrangement().map(a -> a.isRecordedBy(day)).orElse(false);
    if (!recorded) {
      List<PersonId> about = new ArrayList<>();
      children.forEach(p -> about.add(p.id()));
      youngAdults.forEach(p -> about.add(p.id()));
      out.add(Finding.of(Severity.BLOCKER, MIXED_AGES_RULE, children.size() + " under-18(s) take part with "
          + youngAdults.size() + " participant(s) aged 18-25, and no decision on how the group is safeguarded"
          + " is recorded by the session's day", MIXED_AGES, about));
    }
  }

  private void vetting(SessionPlan plan, LocalDate day, List<Finding> out) {
    for (AdultAttendee a : plan.adults()) {
      if (a.mayBeAloneWithChildren() && !a.vetting().meetsOn(policy.aloneWithChildrenRequires(), day)) {
        out.add(Finding.of(Severity.BLOCKER, ALONE_RULE, a.id() + " holds " + a.vetting().level()
            + (a.vetting().meetsOn(a.vetting().level(), day) ? "" : " (not yet issued)") + " but the plan may"
            + " leave them alone with children, which needs " + policy.aloneWithChildrenRequires(),
            SafeguardingPolicy.DBS, List.of(a.id())));
      }
      if (!a.role().supervises()) {
        continue;
      }
      boolean supervised = a.supervisor().flatMap(plan::adult)
          .map(s -> s.vetting().meetsOn(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST, day)
              && s.role().supervises())
          .orElse(false);
      WorkWithChildren now = WorkWithChildren.of(plan.start(), plan.end());
      if (plan.recurrence() == Recurrence.WEEKLY) {
        now = now.inWeeklySeries();
      }
      List<WorkWithChildren> all = new ArrayList<>(a.history());
      all.add(supervised ? now.supervisedByCheckedPerson() : now);
      FrequencyTest test = FrequencyTest.of(all);
      boolean barredListChecked = a.vetting().meetsOn(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST, day);
      if (test.isRegulatedActivity() && !barredListChecked) {
        out.add(Finding.of(Severity.BLOCKER, REGULATED_ACTIVITY_RULE, a.id() + " holds " + a.vetting().level()
            + ": " + test.reason().explanation() + " (counting this session)", FrequencyTest.SOURCE,
            List.of(a.id())));
      } else if (!test.isRegulatedActivity() && supervised && !barredListChecked) {
        List<WorkWithChildren> unsupervised = new ArrayList<>();
        for (WorkWithChildren w : a.history()) {
          unsupervised.add(new WorkWithChildren(w.start(), w.end(), false, w.weeklySeries(), w.personalCare()));
        }
        unsupervised.add(now);
        if (FrequencyTest.of(unsupervised).isRegulatedActivity()) {
          out.add(Finding.of(Severity.ADVICE, SUPERVISED_RULE, a.id() + "'s work would be regulated activity,"
              + " but " + a.supervisedBy() + ", who holds an enhanced check with the Children's Barred List,"
              + " supervises it, so it is not; if that supervision stops, " + a.id() + " needs that check",
              FrequencyTest.SOURCE, List.of(a.id(), a.supervisedBy())));
        }
      }
      if (a.vetting().isOlderThan(policy.vettingRenewal(), day)) {
        out.add(Finding.of(Severity.WARNING, RENEWAL_RULE, a.id() + "'s " + a.vetting().level() + " check was"
            + " issued on " + a.vetting().issuedOn() + ", more than " + policy.vettingRenewal() + " before the"
            + " session: renew it", SafeguardingPolicy.LIBRARY, List.of(a.id())));
      }
    }
  }

  private void online(SessionPlan plan, List<Person> children, List<AdultAttendee> supervising, List<Finding> out) {
    if (!plan.format().isLiveOnline()) {
      return;
    }
    if (supervising.size() < policy.minimumOnlineStaff()) {
      out.add(Finding.of(children.isEmpty() ? Severity.WARNING : Severity.BLOCKER, ONLINE_STAFF_RULE,
          "a live online session needs at least " + policy.minimumOnlineStaff() + " staff present; the plan has "
              + supervising.size(), SafeguardingPolicy.NSPCC_ONLINE,
          supervising.stream().map(AdultAttendee::id).toList()));
    }
    Optional<OnlinePlatform> platform = plan.platform();
    if (platform.isEmpty()) {
      out.add(Finding.of(Severity.BLOCKER, PLATFORM_NAMED_RULE, "a live online session must name its platform,"
          + " so its minimum age can be checked", SafeguardingPolicy.NSPCC_ONLINE, List.of()));
      return;
    }
    LocalDate day = plan.day();
    int minimum = platform.get().minimumAge();
    for (Person p : plan.youngPeople()) {
      Age age = p.ageOn(day);
      if (age.mayBeUnder(minimum)) {
        out.add(Finding.of(Severity.BLOCKER, PLATFORM_AGE_RULE, p.id() + (age.isCertain() ? " is" : " may be")
            + " younger than " + minimum + ", the minimum age in " + platform.get().name() + "'s own terms;"
            + " this is separate from consent to data processing", SafeguardingPolicy.NSPCC_ONLINE,
            List.of(p.id())));
      }
    }
  }

  private static void access(SessionPlan plan, List<Finding> out) {
    Optional<Venue> venue = plan.venue();
    List<Person> everyone = new ArrayList<>(plan.youngPeople());
    plan.adults().forEach(a -> everyone.add(a.person()));
    for (Person p : everyone) {
      for (AccessNeed need : p.accessNeeds()) {
        if (venue.isEmpty() || !venue.get().meets(need)) {
          out.add(Finding.of(Severity.WARNING, ACCESS_RULE, p.id() + " needs " + need.kind() + ", which "
              + venue.map(v -> v.label() + " does not provide").orElse("no named venue provides"), ACCESS,
              List.of(p.id())));
        }
      }
    }
  }

  private void consent(SessionPlan plan, List<Finding> out) {
    GroupConsentCheck group = gate.checkAll(plan.youngPeople(), plan.purposes(), plan.start());
    for (ConsentCheck c : group.checks()) {
      for (PurposeDecision d : c.decisions()) {
        for (io.coproduce.consent.gate.Finding f : d.findings()) {
          if (f.blocks()) {
            out.add(Finding.of(Severity.BLOCKER, f.reason(), List.of(c.subject())));
          } else if (!d.allowed() && f.isGap()) {
            out.add(Finding.of(Severity.ADVICE, f.reason(), List.of(c.subject())));
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return "SessionChecker[" + policy + "]";
  }
}
