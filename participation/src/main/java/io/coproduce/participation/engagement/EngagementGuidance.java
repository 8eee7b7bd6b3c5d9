package io.coproduce.participation.engagement;

import com.google.common.collect.ImmutableList;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.core.age.Age;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.PolicyRefusedException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.core.readability.ReadabilityCheck;
import io.coproduce.core.readability.ReadingLevel;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.session.AdultRole;
import io.coproduce.participation.session.SessionMethod;
import io.coproduce.participation.session.SessionPlan;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Age-appropriate engagement guidance for every age band, and the check of a session plan
 * against it. The youngest person taking part governs (for an age range, the youngest age it
 * allows): a method, a length or a text that suits a 15-year-old may not suit the 9-year-old in
 * the same room. Immutable; {@link #defaults()} ships the library's guidance and an
 * organisation may only make it stricter ({@link #with(BandGuidance)}).
 *
 * <p>The age bands and the developmental stages behind them are the ICO's; the session lengths
 * and method lists are the library's protective defaults where no published source sets a number,
 * and say so in their source.
 */
public final class EngagementGuidance {

  /** Rule: the method suits the youngest band present. */
  public static final String METHOD_RULE = "engagement.method";
  /** Rule: the session is no longer than the youngest band's longest session. */
  public static final String LENGTH_RULE = "engagement.length";
  /** Rule: parents or carers are involved where the youngest band needs them. */
  public static final String PARENT_RULE = "engagement.parent-involvement";
  /** Rule: written materials suit the youngest reader. */
  public static final String MATERIALS_RULE = "engagement.materials";

  private static final String ICO = "ICO, Age appropriate design code (2020), Annex B: age and developmental stages";

  private static final RuleSource EARLY_YEARS = RuleSource.guidance(ICO + "; children under 6 take part"
      + " through play and pictures, with their parents and carers (Coproduce default for session length)");
  private static final RuleSource BAND_DEFAULT = RuleSource.libraryDefault(ICO + " for the bands; the"
      + " methods and longest sessions are Coproduce's protective defaults, which an organisation may make stricter");

  private static final EngagementGuidance DEFAULTS = new EngagementGuidance(defaultBands());

  private final Map<AgeBand, BandGuidance> bands;

  private EngagementGuidance(Map<AgeBand, BandGuidance> bands) {
    this.bands = bands;
  }

  private static Map<AgeBand, BandGuidance> defaultBands() {
    EnumMap<AgeBand, BandGuidance> m = new EnumMap<>(AgeBand.class);
    EnumSet<SessionMethod> all = EnumSet.allOf(SessionMethod.class);
    m.put(AgeBand.AGE_0_TO_5, BandGuidance.of(AgeBand.AGE_0_TO_5, EnumSet.of(SessionMethod.CREATIVE),
        Duration.ofMinutes(45), ParentInvolvement.REQUIRED, EARLY_YEARS));
    m.put(AgeBand.AGE_6_TO_9, BandGuidance.of(AgeBand.AGE_6_TO_9, EnumSet.of(SessionMethod.CREATIVE,
        SessionMethod.WORKSHOP, SessionMethod.FOCUS_GROUP, SessionMethod.INTERVIEW, SessionMethod.SURVEY),
        Duration.ofMinutes(60), ParentInvolvement.RECOMMENDED, BAND_DEFAULT));
    m.put(AgeBand.AGE_10_TO_12, BandGuidance.of(AgeBand.AGE_10_TO_12, EnumSet.complementOf(
        EnumSet.of(SessionMethod.STEERING_MEETING)), Duration.ofMinutes(90), ParentInvolvement.NOT_NEEDED,
        BAND_DEFAULT));
    m.put(AgeBand.AGE_13_TO_15, BandGuidance.of(AgeBand.AGE_13_TO_15, all, Duration.ofHours(2),
        ParentInvolvement.NOT_NEEDED, BAND_DEFAULT));
    m.put(AgeBand.AGE_16_TO_17, BandGuidance.of(AgeBand.AGE_16_TO_17, all, Duration.ofHours(3),
        ParentInvolvement.NOT_NEEDED, BAND_DEFAULT));
    m.put(AgeBand.AGE_18_TO_25, BandGuidance.of(AgeBand.AGE_18_TO_25, all, Duration.ofHours(4),
        ParentInvolvement.NOT_NEEDED, BAND_DEFAULT));
    m.put(AgeBand.ADULT_26_PLUS, BandGuidance.of(AgeBand.ADULT_26_PLUS, all, Duration.ofHours(4),
        ParentInvolvement.NOT_NEEDED, BAND_DEFAULT));
    return m;
  }

  /** The library's default guidance for every band. */
  public static EngagementGuidance defaults() {
    return DEFAULTS;
  }

  /** Returns the guidance for {@code band}. */
  public BandGuidance forBand(AgeBand band) {
    return bands.get(Objects.requireNonNull(band, "band"));
  }

  /**
   * Returns guidance with {@code stricter} in place of its band's.
   *
   * @throws PolicyRefusedException naming {@code engagement.<band>} when it allows a method the
   *     defaults do not, a longer session, or less parent involvement than the defaults
   */
  public EngagementGuidance with(BandGuidance stricter) {
    Objects.requireNonNull(stricter, "stricter");
    BandGuidance floor = DEFAULTS.forBand(stricter.band());
    if (!stricter.isAtLeastAsStrictAs(floor)) {
      throw PolicyRefusedException.of("engagement." + stricter.band().label(),
          "may only narrow the methods, shorten the longest session or involve parents more than the defaults",
          floor.source().citation(), stricter.methods() + ", " + stricter.longestSession() + ", "
              + stricter.parentInvolvement());
    }
    EnumMap<AgeBand, BandGuidance> m = new EnumMap<>(bands);
    m.put(stricter.band(), stricter);
    return new EngagementGuidance(m);
  }

  /**
   * Returns the youngest age band among the plan's young people on the day it starts (UK time):
   * for a person known only by an age range, the band of the youngest age the range allows.
   */
  public static AgeBand youngestBand(SessionPlan plan) {
    LocalDate day = plan.day();
    Age youngest = null;
    for (Person p : plan.youngPeople()) {
      Age a = p.ageOn(day);
      if (youngest == null || a.years() < youngest.years()) {
        youngest = a;
      }
    }
    return AgeBand.of(youngest);
  }

  /** Checks {@code plan} against the guidance of its youngest band; the findings are warnings or advice. */
  public List<Finding> check(SessionPlan plan) {
    Objects.requireNonNull(plan, "plan");
    AgeBand band = youngestBand(plan);
    BandGuidance g = forBand(band);
    List<PersonId> youngest = youngestPeople(plan, band);
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    if (!g.methods().contains(plan.method())) {
      out.add(Finding.of(Severity.WARNING, METHOD_RULE, "the method " + plan.method() + " does not suit the"
          + " youngest age band present (" + band.label() + "); suitable methods are " + g.methods()
          + "; the youngest person present governs", g.source(), youngest));
    }
    if (plan.method() != SessionMethod.RESIDENTIAL && plan.duration().compareTo(g.longestSession()) > 0) {
      out.add(Finding.of(Severity.WARNING, LENGTH_RULE, "the session lasts " + minutes(plan.duration())
          + " minutes, longer than the " + minutes(g.longestSession()) + " minutes suggested for age band "
          + band.label() + "; shorten it or plan breaks", g.source(), youngest));
    }
    boolean parentThere = plan.adults().stream().anyMatch(a -> a.role() == AdultRole.PARENT_OR_CARER);
    if (!parentThere && g.parentInvolvement() != ParentInvolvement.NOT_NEEDED) {
      boolean required = g.parentInvolvement() == ParentInvolvement.REQUIRED;
      out.add(Finding.of(required ? Severity.BLOCKER : Severity.ADVICE, PARENT_RULE,
          (required ? "children in age band " + band.label() + " take part through a parent or carer, and"
              + " none is planned to attend"
              : "for age band " + band.label() + ", inviting a parent or carer is good practice; none is planned"),
          g.source(), youngest));
    }
    for (InformationMaterial m : plan.materials()) {
      Optional<ReadingLevel> level = m.level();
      if (level.isEmpty()) {
        continue;
      }
      ReadabilityCheck r = level.get().checkFor(band);
      if (!r.suitable()) {
        out.add(Finding.of(Severity.WARNING, MATERIALS_RULE, "material " + m.id() + " " + m.version() + ": "
            + r.reason().explanation(), r.reason().source(), youngest));
      }
    }
    return out.build();
  }

  private static List<PersonId> youngestPeople(SessionPlan plan, AgeBand band) {
    LocalDate day = plan.day();
    return plan.youngPeople().stream().filter(p -> AgeBand.of(p.ageOn(day)) == band).map(Person::id).toList();
  }

  private static long minutes(Duration d) {
    return d.toMinutes();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EngagementGuidance other && bands.equals(other.bands);
  }

  @Override
  public int hashCode() {
    return bands.hashCode();
  }

  @Override
  public String toString() {
    return "EngagementGuidance" + bands.values();
  }
}
