package io.coproduce.examples.scenario;

import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.AccessNeed;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.participation.forum.Forum;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.process.ProcessId;
import io.coproduce.participation.safeguarding.SafeguardingPolicy;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.AdultRole;
import io.coproduce.participation.session.OnlinePlatform;
import io.coproduce.participation.session.SafeguardingArrangement;
import io.coproduce.participation.session.SessionFormat;
import io.coproduce.participation.session.SessionId;
import io.coproduce.participation.session.SessionMethod;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.session.Venue;
import io.coproduce.participation.vetting.VettingCheck;
import io.coproduce.participation.vetting.VettingLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The scenario's sessions: clean ones staffed to the NSPCC ratios with every attendee's consent
 * in place, and some with a deliberate {@link SessionFault}.
 */
final class Sessions {

  private static final SessionFault[] FAULTS = SessionFault.values();
  private static final List<AccessNeed.Kind> HALL = List.of(AccessNeed.Kind.STEP_FREE_ACCESS,
      AccessNeed.Kind.ACCESSIBLE_TOILET, AccessNeed.Kind.HEARING_LOOP, AccessNeed.Kind.QUIET_SPACE);
  private static final SafeguardingPolicy RATIOS = SafeguardingPolicy.defaults();
  private static final LocalDate FIRST_DAY = Scenario.WINDOW_START.plusDays(30);
  private static final LocalDate LAST_DAY = Scenario.REFERENCE_DATE.plusDays(42);

  private final long seed;
  private final Coalition coalition;
  private final Sampler sampler;
  private final List<Forum> localForums = new ArrayList<>();
  private final List<Forum> systemForums = new ArrayList<>();
  private final List<Forum> otherForums = new ArrayList<>();
  final List<ScheduledSession> sessions = new ArrayList<>();

  Sessions(long seed, ScenarioSize size, People people, Coalition coalition) {
    this.seed = seed;
    this.coalition = coalition;
    this.sampler = new Sampler(people);
    for (Forum f : coalition.forums) {
      switch (f.layer()) {
        case SERVICE, ORGANISATION -> localForums.add(f);
        case LOCAL_SYSTEM -> systemForums.add(f);
        default -> otherForums.add(f);
      }
    }
    for (int i = 0; i < size.sessions(); i++) {
      sessions.add(session(i));
    }
  }

  private ScheduledSession session(int i) {
    SplittableRandom r = Randoms.of(seed, Randoms.SESSIONS, i);
    SessionFault fault = i < FAULTS.length ? FAULTS[i] : Randoms.chance(r, 0.1) ? FAULTS[r.nextInt(FAULTS.length)] : null;
    int w = r.nextInt(100);
    Forum forum = w < 60 ? Randoms.pick(r, localForums) : w < 88 ? Randoms.pick(r, systemForums)
        : Randoms.pick(r, otherForums);
    long days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
    LocalDate day = FIRST_DAY.plusDays(r.nextLong(days + 1));
    Instant start = day.atTime(16, 30 * r.nextInt(2)).toInstant(ZoneOffset.UTC);
    SessionId id = SessionId.parse(String.format(Locale.ROOT, "s-%05d", i));
    Draft d = new Draft(r, id, forum, day, start);
    if (fault == null) {
      d.clean(r.nextInt(6));
    } else {
      d.faulty(fault);
    }
    return new ScheduledSession(d.build(), forum.id(), processOf(forum), forum.layer(), fault);
  }

  private static ProcessId processOf(Forum forum) {
    String id = forum.id().value();
    if (id.startsWith("f-ls")) {
      return Coalition.redesignOf(Integer.parseInt(id.substring(4, 6)));
    }
    return forum.layer() == Layer.REGION ? Coalition.JOINT_RESPONSE : Coalition.STRATEGY;
  }

  /** A session plan being put together. */
  private final class Draft {
    private final SplittableRandom r;
    private final SessionId id;
    private final Forum forum;
    private final LocalDate day;
    private final Instant start;
    private final Set<Integer> taken = new HashSet<>();
    private final List<Profile> young = new ArrayList<>();
    private final List<AdultAttendee> adults = new ArrayList<>();
    private SessionFormat format = SessionFormat.IN_PERSON;
    private SessionMethod method = SessionMethod.WORKSHOP;
    private OnlinePlatform platform;
    private boolean arrangement = true;
    private int staff = -1;

    Draft(SplittableRandom r, SessionId id, Forum forum, LocalDate day, Instant start) {
      this.r = r;
      this.id = id;
      this.forum = forum;
      this.day = day;
      this.start = start;
    }

    void clean(int template) {
      switch (template) {
        case 0 -> some(5 + r.nextInt(5), 6, 11);
        case 1 -> {
          method = SessionMethod.CREATIVE;
          some(3 + r.nextInt(4), 0, 4);
        }
        case 2 -> {
          method = SessionMethod.FOCUS_GROUP;
          some(6 + r.nextInt(7), 11, 17);
        }
        case 3 -> {
          format = SessionFormat.ONLINE;
          method = SessionMethod.FOCUS_GROUP;
          platform = OnlinePlatform.of("Meetspace (fictional)", 13);
          some(4 + r.nextInt(5), 13, 17);
        }
        case 4 -> {
          some(3 + r.nextInt(3), 16, 17);
          some(3 + r.nextInt(3), 18, 24);
        }
        default -> {
          method = SessionMethod.STEERING_MEETING;
          some(4 + r.nextInt(5), 18, 24);
        }
      }
      if (young.isEmpty()) {
        format = SessionFormat.IN_PERSON;
        method = SessionMethod.STEERING_MEETING;
        add(1, 18, 24);
      }
    }

    void faulty(SessionFault fault) {
      switch (fault) {
        case TOO_FEW_ADULTS_FOR_RATIO -> {
          add(1, 0, 3);
          int youngest = age(young.get(0));
          add(2 * RATIOS.childrenPerAdult(youngest), youngest, 17);
          staff = 2;
        }
        case UNVETTED_ADULT_ALONE -> {
          method = SessionMethod.FOCUS_GROUP;
          add(3 + r.nextInt(4), 8, 17);
          Person guest = Person.of(PersonId.parse("gu-" + id.value()), BirthInformation.ofDate(day.minusYears(41)),
              nation(), Role.PRACTITIONER);
          adults.add(AdultAttendee.of(guest, AdultRole.GUEST, VettingCheck.none()).leftAloneWithChildren());
        }
        case YOUNG_ADULT_PARTICIPANT_AS_SUPERVISOR -> {
          add(4, 10, 17);
          add(1, 19, 24);
          staff = 1;
        }
        case MIXED_AGES_WITHOUT_DECISION -> {
          add(2, 14, 17);
          add(2, 18, 24);
          arrangement = false;
        }
        case PLATFORM_BELOW_MINIMUM_AGE -> online(16, 3, 10, 15);
        case ONLINE_WITH_ONE_STAFF -> {
          online(13, 3, 13, 17);
          staff = 1;
        }
        default -> throw new IllegalStateException("no plan for " + fault);
      }
    }

    private void online(int minimumAge, int count, int lo, int hi) {
      format = SessionFormat.ONLINE;
      method = SessionMethod.FOCUS_GROUP;
      platform = OnlinePlatform.of("Meetspace (fictional)", minimumAge);
      add(count, lo, hi);
    }

    /** Adds exactly {@code count} young people aged {@code lo} to {@code hi} on the day (or fails). */
    private void add(int count, int lo, int hi) {
      young.addAll(sampler.draw(r, count, fits(lo, hi), taken));
    }

    /** Adds up to {@code count} young people aged {@code lo} to {@code hi}, as many as there are. */
    private void some(int count, int lo, int hi) {
      young.addAll(sampler.drawUpTo(r, count, fits(lo, hi), taken));
    }

    private Predicate<Profile> fits(int lo, int hi) {
      return p -> p.clean() && p.firstConsentAt().isBefore(start.minus(Duration.ofHours(1)))
          && age(p) >= lo && age(p) <= hi && noReconsentPending(p);
    }

    private int age(Profile p) {
      return p.person().ageOn(day).years();
    }

    /** After the reference date nobody has re-confirmed anything yet: avoid birthdays that would need it. */
    private boolean noReconsentPending(Profile p) {
      if (!day.isAfter(Scenario.REFERENCE_DATE)) {
        return true;
      }
      int before = p.person().ageOn(Scenario.REFERENCE_DATE).years();
      int after = age(p);
      for (int a = before + 1; a <= after; a++) {
        if (a == 5 || a == 12 || a == 13 || a == 16 || a == 18) {
          return false;
        }
      }
      return true;
    }

    private Jurisdiction nation() {
      return young.isEmpty() ? Jurisdiction.ENGLAND : young.get(0).person().jurisdiction();
    }

    SessionPlan build() {
      young.sort(Comparator.comparing(p -> p.person().id().value()));
      List<Profile> children = young.stream().filter(p -> age(p) < 18).toList();
      boolean mixed = !children.isEmpty() && children.size() < young.size();
      int wanted = staff;
      if (wanted < 0) {
        wanted = 1;
        if (!children.isEmpty()) {
          int youngest = children.stream().mapToInt(this::age).min().orElseThrow();
          int per = RATIOS.childrenPerAdult(youngest);
          wanted = Math.max(2, (children.size() + per - 1) / per);
        }
      }
      for (int k = 1; k <= wanted; k++) {
        adults.add(0, staffMember(forum.organisation(), k));
      }
      if (!children.isEmpty()) {
        Profile youngest = children.stream().min(Comparator.comparingInt(this::age)
            .thenComparing(p -> p.person().id().value())).orElseThrow();
        adults.add(AdultAttendee.of(youngest.motherRecord(), AdultRole.PARENT_OR_CARER, VettingCheck.none()));
      }
      SessionPlan.Builder b = SessionPlan.builder(id, forum.organisation(), start,
          Duration.ofMinutes(children.isEmpty() ? 90 : 60), format, method)
          .youngPeople(young.stream().map(Profile::person).toList())
          .adults(adults);
      if (format == SessionFormat.IN_PERSON) {
        b.venue(Venue.of(Coalition.place(Math.abs(forum.id().value().hashCode()) % 20) + " community hall", HALL));
      } else {
        b.platform(platform);
      }
      List<Purpose> purposes = new ArrayList<>();
      if (Randoms.chance(r, 0.5)) {
        purposes.add(Purpose.photography());
      }
      if (Randoms.chance(r, 0.5)) {
        purposes.add(Purpose.quotation(QuoteAttribution.ANONYMOUS));
      }
      b.purposes(purposes);
      if (mixed && arrangement) {
        b.mixedAgeArrangement(SafeguardingArrangement.of("sg-" + id.value(), staffId(forum.organisation(), 1),
            day.minusDays(7)));
      }
      return b.build();
    }
  }

  static PersonId staffId(OrganisationId org, int k) {
    return PersonId.parse("st-" + org.value() + "-" + k);
  }

  /** A member of staff of {@code org}: checked (enhanced, with the barred list) within the last three years. */
  private static AdultAttendee staffMember(OrganisationId org, int k) {
    int h = Math.floorMod(org.value().hashCode() * 31 + k, 7000);
    Person p = Person.of(staffId(org, k), BirthInformation.ofDate(LocalDate.of(1970, 1, 1).plusDays(h)),
        Jurisdiction.ENGLAND, Role.FACILITATOR);
    return AdultAttendee.of(p, AdultRole.STAFF, VettingCheck.of(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST,
        Scenario.WINDOW_START.minusDays(200 + 37L * k)));
  }
}
