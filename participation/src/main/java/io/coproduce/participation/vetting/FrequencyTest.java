package io.coproduce.participation.vetting;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Disclosure and Barring Service's frequency test: whether an adult's work with children,
 * taken together, is regulated activity, which needs an enhanced check with a check of the
 * Children's Barred List. Work supervised day to day by a checked person does not count; of the
 * rest, the test is met when any of it is part of a weekly arrangement, falls on 4 or more days
 * in any 30 days, touches the hours between 2am and 6am, or includes personal care.
 *
 * <p>Days and hours are read on the clock of the zone given (the UK's by default), so a session
 * from 11pm to 3am on a summer night counts as overnight. A pattern of weekly sessions not
 * declared as a series is still caught: four weekly sessions fall within 22 days, which meets
 * the 4-days-in-30 limb. The result is a value: {@link #isRegulatedActivity()}, the limbs met and
 * a {@link #reason()} with the source. Immutable.
 */
public final class FrequencyTest {

  /** The UK's civil time zone, in which the test's days and hours are read by default. */
  public static final ZoneId UK = ZoneId.of("Europe/London");

  /** The rule name. */
  public static final String RULE = "vetting.frequency-test";

  /** The rule's source. */
  public static final RuleSource SOURCE = RuleSource.statutoryGuidance(
      "Safeguarding Vulnerable Groups Act 2006, Schedule 4 (as amended by the Protection of Freedoms"
          + " Act 2012); Disclosure and Barring Service, Regulated activity with children (2024):"
          + " once a week or more, 4 or more days in a 30-day period, or overnight between 2am and"
          + " 6am; supervised work is not regulated activity");

  private static final LocalTime TWO_AM = LocalTime.of(2, 0);
  private static final LocalTime SIX_AM = LocalTime.of(6, 0);

  private final Set<FrequencyLimb> met;
  private final int countedPeriods;
  private final int supervisedPeriods;
  private final Reason reason;

  private FrequencyTest(Set<FrequencyLimb> met, int countedPeriods, int supervisedPeriods) {
    this.met = met;
    this.countedPeriods = countedPeriods;
    this.supervisedPeriods = supervisedPeriods;
    this.reason = Reason.of(RULE, explain(), SOURCE);
  }

  /** Applies the test to an adult's work with children, reading days and hours in the UK. */
  public static FrequencyTest of(Collection<WorkWithChildren> work) {
    return of(work, UK);
  }

  /** Applies the test to an adult's work with children, reading days and hours in {@code zone}. */
  public static FrequencyTest of(Collection<WorkWithChildren> work, ZoneId zone) {
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(zone, "zone");
    EnumSet<FrequencyLimb> met = EnumSet.noneOf(FrequencyLimb.class);
    TreeSet<LocalDate> days = new TreeSet<>();
    int counted = 0;
    int supervised = 0;
    for (WorkWithChildren w : work) {
      Objects.requireNonNull(w, "work period");
      if (w.personalCare()) {
        met.add(FrequencyLimb.PERSONAL_CARE);
      }
      if (w.supervised()) {
        supervised++;
        continue;
      }
      counted++;
      if (w.weeklySeries()) {
        met.add(FrequencyLimb.WEEKLY);
      }
      if (touchesSmallHours(w.start(), w.end(), zone)) {
        met.add(FrequencyLimb.OVERNIGHT);
      }
      LocalDate first = w.start().atZone(zone).toLocalDate();
      LocalDate last = w.end().minusNanos(1).atZone(zone).toLocalDate();
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        days.add(d);
      }
    }
    if (fourDaysWithinThirty(days)) {
      met.add(FrequencyLimb.FOUR_DAYS_IN_THIRTY);
    }
    return new FrequencyTest(ImmutableSortedSet.copyOf(met), counted, supervised);
  }

  private static boolean touchesSmallHours(Instant start, Instant end, ZoneId zone) {
    ZonedDateTime from = start.atZone(zone);
    LocalDate day = from.toLocalDate().minusDays(1);
    LocalDate lastDay = end.atZone(zone).toLocalDate();
    for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
      Instant windowStart = ZonedDateTime.of(LocalDateTime.of(day, TWO_AM), zone).toInstant();
      Instant windowEnd = ZonedDateTime.of(LocalDateTime.of(day, SIX_AM), zone).toInstant();
      if (start.isBefore(windowEnd) && end.isAfter(windowStart)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fourDaysWithinThirty(TreeSet<LocalDate> days) {
    List<LocalDate> list = new ArrayList<>(days);
    for (int i = 0; i + 3 < list.size(); i++) {
      if (list.get(i + 3).isBefore(list.get(i).plusDays(30))) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the work is regulated activity. */
  public boolean isRegulatedActivity() {
    return !met.isEmpty();
  }

  /** Returns the limbs of the test that the work meets, in declaration order. */
  public Set<FrequencyLimb> limbsMet() {
    return met;
  }

  /** Returns how many periods counted (those not supervised by a checked person). */
  public int countedPeriods() {
    return countedPeriods;
  }

  /** Returns how many periods were left out because a checked person supervised them. */
  public int supervisedPeriods() {
    return supervisedPeriods;
  }

  /** Returns the rule, what it found and its source. */
  public Reason reason() {
    return reason;
  }

  private String explain() {
    String left = supervisedPeriods == 0 ? ""
        : "; " + supervisedPeriods + " supervised period(s) left out, since work supervised by a checked"
            + " person is not regulated activity";
    if (met.isEmpty()) {
      return "work with children in " + countedPeriods + " unsupervised period(s) is not frequent enough"
          + " to be regulated activity" + left;
    }
    return "work with children is regulated activity (" + met.stream().map(FrequencyLimb::description)
        .collect(Collectors.joining("; ")) + ") and needs an enhanced check with the Children's Barred"
        + " List" + left;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrequencyTest other && met.equals(other.met)
        && countedPeriods == other.countedPeriods && supervisedPeriods == other.supervisedPeriods;
  }

  @Override
  public int hashCode() {
    return Objects.hash(met, countedPeriods, supervisedPeriods);
  }

  @Override
  public String toString() {
    return reason.toString();
  }
}
