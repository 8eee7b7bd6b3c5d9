package io.coproduce.consent.policy;

import com.google.common.collect.ImmutableList;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.age.Age;
import io.coproduce.core.error.PolicyRefusedException;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may decide about each purpose for a young person, by age and UK nation: the legal rules
 * as safe defaults, with the settings an organisation may make stricter. Immutable and
 * thread-safe; build one with {@link #defaults()} or {@link #builder()}.
 *
 * <h2>The rules ({@link #whoDecides(Person, Purpose, LocalDate)})</h2>
 *
 * <ol>
 *   <li>18 or over: the young person, an adult.
 *   <li>16 or 17: the young person, presumed capable (Mental Capacity Act 2005 s.1(2) and Family
 *       Law Reform Act 1969 s.8; Mental Capacity Act (Northern Ireland) 2016 s.1; in Scotland full
 *       capacity at 16, Age of Legal Capacity (Scotland) Act 1991 s.1). A parent cannot consent over
 *       their refusal.
 *   <li>Under 16, a clinical trial of a medicine: a parental-responsibility holder or legal
 *       representative, never the young person (Medicines for Human Use (Clinical Trials)
 *       Regulations 2004 Sch 1 Part 4), with the child's assent.
 *   <li>Under 16, an information society service offered directly to the child: the young person
 *       from the online consent age (13 by default; UK GDPR Art 8(1), Data Protection Act 2018
 *       s.9); below it a parental-responsibility holder gives or authorises consent. Art 8 does not
 *       apply to preventive or counselling services, which follow the general rules below.
 *   <li>Scotland, 12 to 15, a decision about personal data: the young person, presumed capable
 *       unless assessed otherwise (Data Protection Act 2018 s.208).
 *   <li>Otherwise under 16: the young person if assessed capable of this decision (Gillick v West
 *       Norfolk and Wisbech AHA [1986] AC 112 in England, Wales and Northern Ireland; Age of Legal
 *       Capacity (Scotland) Act 1991 s.2(4) in Scotland); if not, a parental-responsibility holder
 *       with the child's assent.
 * </ol>
 *
 * <p>Assent is sought from age 5 (commonly not sought younger), and a child's dissent always
 * blocks. Ages are the youngest the young person could be on the date (the protective reading);
 * when the age is uncertain across a threshold the answer says so.
 *
 * <h2>What an organisation may change</h2>
 *
 * <p>Only in the stricter direction; a laxer setting is refused when the policy is built with a
 * {@link PolicyRefusedException} naming the setting and the rule it would break:
 *
 * <ul>
 *   <li>{@link Builder#onlineConsentAge(int, RuleSource)}: 13 to 16 (the Children's Wellbeing and
 *       Schools Act 2026 lets regulations set the UK threshold anywhere in that range);
 *   <li>{@link Builder#assentFromAge(int)}: 0 to 5 (seek assent from younger children, never older);
 *   <li>{@link Builder#parentalCoConsentUnder(int)}: also need a parental-responsibility holder's
 *       consent below an age, up to 18 (nobody holds parental responsibility for an adult);
 *   <li>{@link Builder#requireEveryParentalResponsibilityHolder(boolean)}: need every holder's
 *       consent, not just one (the law needs one: Children Act 1989 s.2(7));
 *   <li>{@link Builder#capacityAssessmentsValidFor(Duration)}: treat assessments older than this
 *       as stale;
 *   <li>{@link Builder#dissentBlocks(boolean)}: cannot be turned off.
 * </ul>
 */
public final class ConsentPolicy {

  /** The legal minimum online consent age (UK GDPR Art 8(1) as modified by DPA 2018 s.9). */
  public static final int LEGAL_ONLINE_CONSENT_AGE = 13;
  /** The highest online consent age regulations may set. */
  public static final int HIGHEST_ONLINE_CONSENT_AGE = 16;
  /** The oldest age from which assent may be sought by default. */
  public static final int DEFAULT_ASSENT_FROM_AGE = 5;

  static final RuleSource ART_8 = RuleSource.law("UK GDPR Art 8(1)-(2); Data Protection Act 2018 s.9");
  static final RuleSource CWSA = RuleSource.law(
      "Children's Wellbeing and Schools Act 2026 (power to set the online consent age from 13 to 16)");
  static final RuleSource ASSENT = ConsentSources.ASSENT;
  static final RuleSource DISSENT = ConsentSources.DISSENT_BLOCKS;
  static final RuleSource ONE_HOLDER = ConsentSources.ONE_HOLDER;

  private final int onlineConsentAge;
  private final RuleSource onlineConsentAgeSource;
  private final int assentFromAge;
  private final int parentalCoConsentUnder;
  private final boolean everyHolder;
  private final Duration assessmentValidity;
  private final ZoneId zone;
  private final RuleSource organisationPolicy;
  private final WhoDecides[] table;

  private ConsentPolicy(Builder b) {
    this.onlineConsentAge = b.onlineConsentAge;
    this.onlineConsentAgeSource = b.onlineConsentAgeSource;
    this.assentFromAge = b.assentFromAge;
    this.parentalCoConsentUnder = b.parentalCoConsentUnder;
    this.everyHolder = b.everyHolder;
    this.assessmentValidity = b.assessmentValidity;
    this.zone = b.zone;
    this.organisationPolicy = b.organisationPolicy;
    this.table = new WhoDecides[Jurisdiction.values().length * AGES * RuleClass.values().length];
    for (Jurisdiction nation : Jurisdiction.values()) {
      for (int age = 0; age < AGES; age++) {
        for (RuleClass rc : RuleClass.values()) {
          table[index(nation, age, rc)] = PolicyRules.decide(this, nation, age, rc);
        }
      }
    }
  }

  /** Ages 0 to 18; everyone 18 or over is decided like an 18-year-old. */
  private static final int AGES = 19;

  private static int index(Jurisdiction nation, int age, RuleClass rc) {
    return (nation.ordinal() * AGES + Math.min(age, AGES - 1)) * RuleClass.values().length + rc.ordinal();
  }

  /** The legal defaults, with times read in Europe/London. */
  public static ConsentPolicy defaults() {
    return builder().build();
  }

  /** A builder starting from the legal defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Answers whose decision {@code purpose} needs for {@code person} on {@code date}, and why.
   *
   * @throws io.coproduce.core.error.InvalidInputException when {@code date} may be before the
   *     person's birth
   */
  public WhoDecides whoDecides(Person person, Purpose purpose, LocalDate date) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(date, "date");
    Age age = person.ageOn(date);
    WhoDecides youngest = whoDecides(person.jurisdiction(), age.years(), purpose);
    if (age.isCertain()) {
      return youngest;
    }
    WhoDecides oldest = whoDecides(person.jurisdiction(), age.oldestYears(), purpose);
    if (oldest.route() == youngest.route() && oldest.parentalCoConsent() == youngest.parentalCoConsent()
        && oldest.assentSought() == youngest.assentSought()) {
      return youngest;
    }
    List<Reason> reasons = new ArrayList<>(youngest.reasons());
    reasons.add(Reason.of("consent.age-uncertain",
        person.id() + "'s age is known only as a range that crosses a threshold for this decision;"
            + " the younger reading is taken, which keeps a responsible adult involved",
        RuleSource.libraryDefault("Conservative under uncertainty: the younger possible age")));
    return new WhoDecides(youngest.route(), youngest.selfAuthority(), youngest.surrogates(),
        youngest.parentalCoConsent(), youngest.assentSought(), youngest.dissentBlocks(), reasons);
  }

  /**
   * Answers whose decision {@code purpose} needs for someone of exactly {@code ageYears} in
   * {@code nation}. Reasons name no person; the answer is computed once per policy and shared.
   */
  public WhoDecides whoDecides(Jurisdiction nation, int ageYears, Purpose purpose) {
    Objects.requireNonNull(nation, "nation");
    Objects.requireNonNull(purpose, "purpose");
    if (ageYears < 0 || ageYears > Age.MAX_YEARS) {
      throw io.coproduce.core.error.InvalidInputException.personal("ageYears", "must be 0 to " + Age.MAX_YEARS);
    }
    return table[index(nation, ageYears, RuleClass.of(purpose))];
  }

  /**
   * Returns the ages, in increasing order, at which the young person's own decision becomes
   * needed where someone else's used to suffice for {@code purpose} in {@code nation}: consents
   * resting on another's authority must be re-confirmed by the young person from then.
   */
  public List<Integer> reconsentAges(Jurisdiction nation, Purpose purpose) {
    ImmutableList.Builder<Integer> out = ImmutableList.builder();
    for (int age = 1; age < AGES; age++) {
      WhoDecides before = whoDecides(nation, age - 1, purpose);
      WhoDecides after = whoDecides(nation, age, purpose);
      if (surrogateSuffices(before) && !surrogateSuffices(after)) {
        out.add(age);
      }
    }
    return out.build();
  }

  /**
   * Whether someone else's consent alone is ordinarily enough under {@code who}: where the young
   * person is presumed capable (Scotland, 12 or over, data), it is not.
   */
  static boolean surrogateSuffices(WhoDecides who) {
    return who.route() == DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER
        || who.route() == DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE;
  }

  /** Returns the online consent age for information society services. */
  public int onlineConsentAge() {
    return onlineConsentAge;
  }

  /** Returns the youngest age from which a child's assent is sought. */
  public int assentFromAge() {
    return assentFromAge;
  }

  /** Returns the age below which the organisation also needs a parental-responsibility holder's consent; 0 for none. */
  public int parentalCoConsentUnder() {
    return parentalCoConsentUnder;
  }

  /** Returns whether every parental-responsibility holder's consent is needed, not just one. */
  public boolean requiresEveryParentalResponsibilityHolder() {
    return everyHolder;
  }

  /** Returns how long a capacity assessment stays current, if the organisation limits it. */
  public Optional<Duration> capacityAssessmentValidity() {
    return Optional.ofNullable(assessmentValidity);
  }

  /** Returns the zone in which instants are turned into dates (for ages and birthdays). */
  public ZoneId zone() {
    return zone;
  }

  /** Returns the source cited when one of the organisation's stricter settings decides. */
  public RuleSource organisationPolicy() {
    return organisationPolicy;
  }

  RuleSource onlineConsentAgeSource() {
    return onlineConsentAgeSource;
  }

  @Override
  public String toString() {
    return "ConsentPolicy[onlineConsentAge=" + onlineConsentAge + ", assentFromAge=" + assentFromAge
        + ", parentalCoConsentUnder=" + parentalCoConsentUnder + ", everyHolder=" + everyHolder
        + ", assessmentValidity=" + assessmentValidity + ", zone=" + zone + "]";
  }

  /** The classes of purpose the rules tell apart. */
  enum RuleClass {
    GENERAL,
    PERSONAL_DATA,
    CLINICAL_TRIAL,
    INFORMATION_SOCIETY_SERVICE;

    static RuleClass of(Purpose purpose) {
      if (purpose.isClinicalTrialOfMedicine()) {
        return CLINICAL_TRIAL;
      }
      if (purpose.isInformationSocietyService()) {
        return INFORMATION_SOCIETY_SERVICE;
      }
      return purpose.kind().isPersonalDataDecision() ? PERSONAL_DATA : GENERAL;
    }
  }

  /**
   * Builds a {@link ConsentPolicy} from the legal defaults. Each setter refuses a laxer value at
   * once with a {@link PolicyRefusedException}. Not thread-safe.
   */
  public static final class Builder {
    private int onlineConsentAge = LEGAL_ONLINE_CONSENT_AGE;
    private RuleSource onlineConsentAgeSource = ART_8;
    private int assentFromAge = DEFAULT_ASSENT_FROM_AGE;
    private int parentalCoConsentUnder = 0;
    private boolean everyHolder = false;
    private Duration assessmentValidity;
    private ZoneId zone = ZoneId.of("Europe/London");
    private RuleSource organisationPolicy =
        RuleSource.organisationPolicy("The organisation's own consent policy");

    private Builder() {}

    /**
     * The online consent age for information society services, and its source (regulations
     * under the Children's Wellbeing and Schools Act 2026, or the organisation's own policy).
     *
     * @throws PolicyRefusedException when outside 13 to 16
     */
    public Builder onlineConsentAge(int age, RuleSource source) {
      Objects.requireNonNull(source, "source");
      if (age < LEGAL_ONLINE_CONSENT_AGE || age > HIGHEST_ONLINE_CONSENT_AGE) {
        throw PolicyRefusedException.of("onlineConsentAge",
            "must be " + LEGAL_ONLINE_CONSENT_AGE + " to " + HIGHEST_ONLINE_CONSENT_AGE,
            ART_8.citation() + "; " + CWSA.citation(), age);
      }
      this.onlineConsentAge = age;
      this.onlineConsentAgeSource = age == LEGAL_ONLINE_CONSENT_AGE ? ART_8 : source;
      return this;
    }

    /**
     * The youngest age from which a child's assent is sought.
     *
     * @throws PolicyRefusedException when over 5 (assent would go unsought from children who
     *     can give it) or negative
     */
    public Builder assentFromAge(int age) {
      if (age < 0 || age > DEFAULT_ASSENT_FROM_AGE) {
        throw PolicyRefusedException.of("assentFromAge",
            "must be 0 to " + DEFAULT_ASSENT_FROM_AGE, ASSENT.citation(), age);
      }
      this.assentFromAge = age;
      return this;
    }

    /**
     * Also needs a parental-responsibility holder's consent, beside the young person's own, for
     * young people under {@code age} (0 for never).
     *
     * @throws PolicyRefusedException when over 18 or negative: nobody holds parental
     *     responsibility for an adult
     */
    public Builder parentalCoConsentUnder(int age) {
      if (age < 0 || age > 18) {
        throw PolicyRefusedException.of("parentalCoConsentUnder", "must be 0 to 18",
            "Children Act 1989 s.105(1) (parental responsibility ends at 18)", age);
      }
      this.parentalCoConsentUnder = age;
      return this;
    }

    /** Whether every parental-responsibility holder must consent, not just one. */
    public Builder requireEveryParentalResponsibilityHolder(boolean every) {
      this.everyHolder = every;
      return this;
    }

    /**
     * Treats capacity assessments older than {@code validity} as stale.
     *
     * @throws PolicyRefusedException when not positive
     */
    public Builder capacityAssessmentsValidFor(Duration validity) {
      Objects.requireNonNull(validity, "validity");
      if (validity.isZero() || validity.isNegative()) {
        throw PolicyRefusedException.of("capacityAssessmentsValidFor", "must be positive",
            "Capacity is assessed per decision (Gillick v West Norfolk and Wisbech AHA [1986] AC 112)",
            validity);
      }
      this.assessmentValidity = validity;
      return this;
    }

    /**
     * Whether a child's dissent blocks. It always does.
     *
     * @throws PolicyRefusedException for {@code false}
     */
    public Builder dissentBlocks(boolean blocks) {
      if (!blocks) {
        throw PolicyRefusedException.of("dissentBlocks",
            "must be true: a child's dissent is never overridden for participation",
            DISSENT.citation(), false);
      }
      return this;
    }

    /** The zone in which instants become dates (default Europe/London). */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value, "value");
      return this;
    }

    /** The source cited when a stricter organisation setting decides. */
    public Builder organisationPolicy(RuleSource source) {
      this.organisationPolicy = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Builds the policy. */
    public ConsentPolicy build() {
      return new ConsentPolicy(this);
    }
  }

  /** The surrogate authorities for ordinary decisions. */
  static Set<DecisionAuthority> ordinarySurrogates() {
    return EnumSet.of(DecisionAuthority.PARENTAL_RESPONSIBILITY,
        DecisionAuthority.LOCAL_AUTHORITY_CARE_ORDER, DecisionAuthority.COURT);
  }
}
