package io.coproduce.participation.session;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.purpose.OnlineServiceKind;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.PurposeKind;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.participation.vetting.FrequencyTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * A planned session, as it is checked before it runs: when and for how long, its format and
 * method, the venue and what it provides for access, the young people taking part (0-25) and the
 * adults there in other roles, what it needs consent for, the written materials it uses, and the
 * recorded decisions a check may ask for. People are held as {@link Person} records (ids and the
 * attributes rules need, never names). Immutable; build one with {@link #builder}.
 *
 * <p>Construction refuses only what cannot be a plan at all (no young people, an end before the
 * start, the same person twice, a supervisor who is not at the session). Everything that makes a
 * plan unsafe or unsuitable is a finding of the session check instead, so a draft can be checked
 * while it is still being put together.
 */
public final class SessionPlan {

  /** The longest session accepted: a residential of 14 days. */
  public static final Duration LONGEST = Duration.ofDays(14);

  private final SessionId id;
  private final OrganisationId organiser;
  private final Instant start;
  private final Duration duration;
  private final SessionFormat format;
  private final SessionMethod method;
  private final Recurrence recurrence;
  private final Venue venue;
  private final OnlinePlatform platform;
  private final List<Person> youngPeople;
  private final List<AdultAttendee> adults;
  private final SortedSet<Purpose> purposes;
  private final List<InformationMaterial> materials;
  private final SafeguardingArrangement mixedAgeArrangement;
  private final int riskAssessedMinimumAdults;

  private SessionPlan(Builder b) {
    this.id = b.id;
    this.organiser = b.organiser;
    this.start = b.start;
    this.duration = b.duration;
    this.format = b.format;
    this.method = b.method;
    this.recurrence = b.recurrence;
    this.venue = b.venue;
    this.platform = b.platform;
    this.youngPeople = ImmutableList.copyOf(b.youngPeople);
    this.adults = ImmutableList.copyOf(b.adults);
    this.materials = ImmutableList.copyOf(b.materials);
    this.mixedAgeArrangement = b.mixedAgeArrangement;
    this.riskAssessedMinimumAdults = b.riskAssessedMinimumAdults;
    ImmutableSortedSet.Builder<Purpose> p = ImmutableSortedSet.naturalOrder();
    p.add(Purpose.takingPart());
    p.addAll(b.purposes);
    if (format.isLiveOnline()
        && b.purposes.stream().noneMatch(q -> q.kind() == PurposeKind.ONLINE_SERVICE)) {
      p.add(Purpose.onlineService(OnlineServiceKind.INFORMATION_SOCIETY_SERVICE));
    }
    this.purposes = p.build();
  }

  /**
   * Starts a plan.
   *
   * @param id the session
   * @param organiser the organisation running it
   * @param start when it starts
   * @param duration how long it lasts, more than zero and at most {@link #LONGEST}
   * @param format in person, online or hybrid
   * @param method the engagement method
   */
  public static Builder builder(SessionId id, OrganisationId organiser, Instant start, Duration duration,
      SessionFormat format, SessionMethod method) {
    return new Builder(id, organiser, start, duration, format, method);
  }

  /** Returns the session's id. */
  public SessionId id() {
    return id;
  }

  /** Returns the organisation running it. */
  public OrganisationId organiser() {
    return organiser;
  }

  /** Returns when it starts. */
  public Instant start() {
    return start;
  }

  /** Returns how long it lasts. */
  public Duration duration() {
    return duration;
  }

  /**
   * Returns the session's day on the UK's clock ({@link FrequencyTest#UK}), on which ages are
   * read and recorded decisions must exist.
   */
  public LocalDate day() {
    return start.atZone(FrequencyTest.UK).toLocalDate();
  }

  /** Returns when it ends. */
  public Instant end() {
    return start.plus(duration);
  }

  /** Returns its format. */
  public SessionFormat format() {
    return format;
  }

  /** Returns its method. */
  public SessionMethod method() {
    return method;
  }

  /** Returns whether it is a one-off or part of a series. */
  public Recurrence recurrence() {
    return recurrence;
  }

  /** Returns the venue, if one is named. */
  public Optional<Venue> venue() {
    return Optional.ofNullable(venue);
  }

  /** Returns the live online platform, if one is named. */
  public Optional<OnlinePlatform> platform() {
    return Optional.ofNullable(platform);
  }

  /** Returns the young people taking part (aged 0-25), in the order given. */
  public List<Person> youngPeople() {
    return youngPeople;
  }

  /** Returns the adults there in other roles, in the order given. */
  public List<AdultAttendee> adults() {
    return adults;
  }

  /**
   * Returns what the session needs consent for: always taking part; the purposes the plan names
   * (photographs, recording, quotes); and using an online platform when it is live online and no
   * online-service purpose was named.
   */
  public SortedSet<Purpose> purposes() {
    return purposes;
  }

  /** Returns the written materials it uses (information sheets, activity sheets). */
  public List<InformationMaterial> materials() {
    return materials;
  }

  /** Returns the recorded decision on safeguarding a mixed-age group, if there is one. */
  public Optional<SafeguardingArrangement> mixedAgeArrangement() {
    return Optional.ofNullable(mixedAgeArrangement);
  }

  /** Returns the number of adults a risk assessment says must be present; 0 when none does. */
  public int riskAssessedMinimumAdults() {
    return riskAssessedMinimumAdults;
  }

  /** Returns the adult with {@code id}, if they are at the session. */
  public Optional<AdultAttendee> adult(PersonId id) {
    return adults.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** A builder of the same plan, to change it. */
  public Builder toBuilder() {
    return new Builder(id, organiser, start, duration, format, method)
        .recurrence(recurrence).venue(venue).platform(platform).youngPeople(youngPeople).adults(adults)
        .purposes(purposes.stream().filter(p -> p.kind() != PurposeKind.TAKING_PART).toList())
        .materials(materials).mixedAgeArrangement(mixedAgeArrangement)
        .riskAssessedMinimumAdults(riskAssessedMinimumAdults);
  }

  @Override
  public String toString() {
    return "SessionPlan[" + id + ", " + format + " " + method + " at " + start + " for " + duration + ", "
        + youngPeople.size() + " young people, " + adults.size() + " adults]";
  }

  /** Builds a {@link SessionPlan}. Not thread-safe. */
  public static final class Builder {
    private final SessionId id;
    private final OrganisationId organiser;
    private final Instant start;
    private final Duration duration;
    private final SessionFormat format;
    private final SessionMethod method;
    private Recurrence recurrence = Recurrence.ONE_OFF;
    private Venue venue;
    private OnlinePlatform platform;
    private List<Person> youngPeople = List.of();
    private List<AdultAttendee> adults = List.of();
    private List<Purpose> purposes = List.of();
    private List<InformationMaterial> materials = List.of();
    private SafeguardingArrangement mixedAgeArrangement;
    private int riskAssessedMinimumAdults;

    private Builder(SessionId id, OrganisationId organiser, Instant start, Duration duration,
        SessionFormat format, SessionMethod method) {
      this.id = Objects.requireNonNull(id, "id");
      this.organiser = Objects.requireNonNull(organiser, "organiser");
      this.start = Objects.requireNonNull(start, "start");
      this.duration = Objects.requireNonNull(duration, "duration");
      this.format = Objects.requireNonNull(format, "format");
      this.method = Objects.requireNonNull(method, "method");
    }

    /** Sets the recurrence (one-off by default). */
    public Builder recurrence(Recurrence value) {
      this.recurrence = Objects.requireNonNull(value, "recurrence");
      return this;
    }

    /** Sets the venue ({@code null} for none named). */
    public Builder venue(Venue value) {
      this.venue = value;
      return this;
    }

    /** Sets the live online platform ({@code null} for none named). */
    public Builder platform(OnlinePlatform value) {
      this.platform = value;
      return this;
    }

    /** Sets the young people taking part. */
    public Builder youngPeople(Collection<Person> value) {
      this.youngPeople = List.copyOf(value);
      return this;
    }

    /** Sets the adults there in other roles. */
    public Builder adults(Collection<AdultAttendee> value) {
      this.adults = List.copyOf(value);
      return this;
    }

    /** Sets the purposes needing consent beyond taking part. */
    public Builder purposes(Collection<Purpose> value) {
      this.purposes = List.copyOf(value);
      return this;
    }

    /** Sets the written materials. */
    public Builder materials(Collection<InformationMaterial> value) {
      this.materials = List.copyOf(value);
      return this;
    }

    /** Sets the recorded mixed-age safeguarding decision ({@code null} for none). */
    public Builder mixedAgeArrangement(SafeguardingArrangement value) {
      this.mixedAgeArrangement = value;
      return this;
    }

    /** Sets the number of adults a risk assessment requires (0 for none). */
    public Builder riskAssessedMinimumAdults(int value) {
      this.riskAssessedMinimumAdults = value;
      return this;
    }

    /**
     * Builds the plan.
     *
     * @throws InvalidInputException naming the field when the duration is not positive or longer
     *     than 14 days, there are no young people, a person appears twice, a supervisor is not an
     *     adult at the session, or the risk-assessed minimum is negative or over 100
     */
    public SessionPlan build() {
      if (duration.isZero() || duration.isNegative() || duration.compareTo(LONGEST) > 0) {
        throw InvalidInputException.of("sessionPlan.duration", "must be more than zero and at most 14 days", duration);
      }
      if (youngPeople.isEmpty()) {
        throw InvalidInputException.of("sessionPlan.youngPeople", "must name at least one young person", id);
      }
      if (riskAssessedMinimumAdults < 0 || riskAssessedMinimumAdults > 100) {
        throw InvalidInputException.of("sessionPlan.riskAssessedMinimumAdults", "must be 0 to 100",
            riskAssessedMinimumAdults);
      }
      Set<PersonId> seen = new HashSet<>();
      for (Person p : youngPeople) {
        if (!seen.add(p.id())) {
          throw InvalidInputException.of("sessionPlan.youngPeople", "must not name a person twice", p.id());
        }
      }
      List<PersonId> adultIds = new ArrayList<>();
      for (AdultAttendee a : adults) {
        if (!seen.add(a.id())) {
          throw InvalidInputException.of("sessionPlan.adults",
              "must not name a person twice or as both a young person and an adult", a.id());
        }
        adultIds.add(a.id());
      }
      for (AdultAttendee a : adults) {
        if (a.supervisedBy() != null && !adultIds.contains(a.supervisedBy())) {
          throw InvalidInputException.of("sessionPlan.adults.supervisedBy",
              "must be an adult at the session", a.supervisedBy());
        }
      }
      return new SessionPlan(this);
    }
  }
}
