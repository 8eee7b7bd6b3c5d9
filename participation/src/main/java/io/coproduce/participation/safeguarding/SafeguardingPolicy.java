package io.coproduce.participation.safeguarding;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.PolicyRefusedException;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.vetting.VettingLevel;
import java.time.Period;
import java.util.Arrays;
import java.util.Objects;

/**
 * The numbers a session check applies: NSPCC minimum adult-to-child ratios by the youngest
 * child's age, the least number of adults however small the group, the staff an online session
 * needs, the extra adults to plan where children have additional needs, the check an adult needs
 * before being alone with children, and how often checks are renewed. Immutable.
 *
 * <p>{@link #defaults()} holds the NSPCC figures and the library's protective defaults. An
 * organisation may make any of them stricter; every setting that would be laxer than the default
 * is refused when the policy is built, with an error naming the setting and its source.
 */
public final class SafeguardingPolicy {

  /** Source of the ratios and the two-adult rule. */
  public static final RuleSource NSPCC_RATIOS = RuleSource.guidance(
      "NSPCC, Recommended adult to child ratios for working with children (briefing, updated September 2023)");

  /** Source of the online rules. */
  public static final RuleSource NSPCC_ONLINE = RuleSource.guidance(
      "NSPCC Learning, Safeguarding children and young people online: running live online sessions"
          + " (at least two staff; platforms' own minimum ages)");

  /** Source of the vetting rules. */
  public static final RuleSource DBS = RuleSource.statutoryGuidance(
      "Disclosure and Barring Service, Regulated activity with children (2024); Safeguarding"
          + " Vulnerable Groups Act 2006");

  /** Source of the library's protective readings where the guidance gives no number. */
  public static final RuleSource LIBRARY = RuleSource.libraryDefault(
      "Coproduce default where the guidance gives no number (one extra adult for additional needs;"
          + " renew checks every 3 years; an enhanced check before anyone is alone with children)");

  /** The youngest age (in years) at which each ratio band starts. */
  private static final int[] BAND_FROM = {0, 2, 4, 9, 13};
  private static final int[] DEFAULT_CHILDREN_PER_ADULT = {3, 4, 6, 8, 10};
  private static final SafeguardingPolicy DEFAULTS = new SafeguardingPolicy(
      DEFAULT_CHILDREN_PER_ADULT.clone(), 2, 2, 1, VettingLevel.ENHANCED, Period.ofYears(3), NSPCC_RATIOS);

  private static final java.time.LocalDate RENEWAL_ANCHOR = java.time.LocalDate.of(2001, 1, 1);

  private final int[] childrenPerAdult;
  private final int minimumAdults;
  private final int minimumOnlineStaff;
  private final int extraAdultsForAdditionalNeeds;
  private final VettingLevel aloneWithChildrenRequires;
  private final Period vettingRenewal;
  private final RuleSource ratioSource;

  private SafeguardingPolicy(int[] childrenPerAdult, int minimumAdults, int minimumOnlineStaff,
      int extraAdultsForAdditionalNeeds, VettingLevel aloneWithChildrenRequires, Period vettingRenewal,
      RuleSource ratioSource) {
    this.childrenPerAdult = childrenPerAdult;
    this.minimumAdults = minimumAdults;
    this.minimumOnlineStaff = minimumOnlineStaff;
    this.extraAdultsForAdditionalNeeds = extraAdultsForAdditionalNeeds;
    this.aloneWithChildrenRequires = aloneWithChildrenRequires;
    this.vettingRenewal = vettingRenewal;
    this.ratioSource = ratioSource;
  }

  /** The NSPCC figures and the library's protective defaults. */
  public static SafeguardingPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the most children one adult may supervise when the youngest child present is
   * {@code youngestYears} old (0-17): 3 under 2, 4 at 2-3, 6 at 4-8, 8 at 9-12, 10 at 13-17.
   *
   * @throws InvalidInputException when {@code youngestYears} is not 0-17 (the age is withheld)
   */
  public int childrenPerAdult(int youngestYears) {
    return childrenPerAdult[band(youngestYears)];
  }

  /** Returns the age range of the ratio band {@code youngestYears} falls in, for example {@code "4-8"}. */
  public static String ratioBand(int youngestYears) {
    int b = band(youngestYears);
    int to = b + 1 < BAND_FROM.length ? BAND_FROM[b + 1] - 1 : 17;
    return b == 0 ? "under 2" : BAND_FROM[b] + "-" + to;
  }

  private static int band(int years) {
    if (years < 0 || years > 17) {
      throw InvalidInputException.personal("youngestYears", "must be 0 to 17");
    }
    int b = 0;
    while (b + 1 < BAND_FROM.length && years >= BAND_FROM[b + 1]) {
      b++;
    }
    return b;
  }

  /** Returns the least number of adults at any session with children, however small. */
  public int minimumAdults() {
    return minimumAdults;
  }

  /** Returns the least number of staff at a live online session. */
  public int minimumOnlineStaff() {
    return minimumOnlineStaff;
  }

  /** Returns how many adults beyond the ratio to plan when a child has additional needs. */
  public int extraAdultsForAdditionalNeeds() {
    return extraAdultsForAdditionalNeeds;
  }

  /** Returns the check an adult needs before the plan may leave them alone with children. */
  public VettingLevel aloneWithChildrenRequires() {
    return aloneWithChildrenRequires;
  }

  /** Returns how old a check may be before it is due for renewal. */
  public Period vettingRenewal() {
    return vettingRenewal;
  }

  /** Returns the source of the ratios: the NSPCC's, or the organisation's when it set its own. */
  public RuleSource ratioSource() {
    return ratioSource;
  }

  /**
   * Returns a policy where one adult supervises at most {@code children} children in the ratio
   * band that starts at or contains {@code fromAge}.
   *
   * @param citation the organisation's policy that sets it
   * @throws PolicyRefusedException when {@code children} is more than the NSPCC figure for the band
   */
  public SafeguardingPolicy withChildrenPerAdult(int fromAge, int children, String citation) {
    int b = band(fromAge);
    Objects.requireNonNull(citation, "citation");
    if (children < 1 || children > DEFAULT_CHILDREN_PER_ADULT[b]) {
      throw PolicyRefusedException.of("childrenPerAdult." + ratioBand(fromAge),
          "must be 1 to " + DEFAULT_CHILDREN_PER_ADULT[b], NSPCC_RATIOS.citation(), children);
    }
    int[] next = childrenPerAdult.clone();
    next[b] = children;
    return new SafeguardingPolicy(next, minimumAdults, minimumOnlineStaff, extraAdultsForAdditionalNeeds,
        aloneWithChildrenRequires, vettingRenewal, RuleSource.organisationPolicy(citation));
  }

  /**
   * Returns a policy needing at least {@code adults} adults at every session with children.
   *
   * @throws PolicyRefusedException when fewer than 2 or more than 20
   */
  public SafeguardingPolicy withMinimumAdults(int adults) {
    if (adults < 2 || adults > 20) {
      throw PolicyRefusedException.of("minimumAdults", "must be 2 to 20", NSPCC_RATIOS.citation(), adults);
    }
    return new SafeguardingPolicy(childrenPerAdult, adults, minimumOnlineStaff, extraAdultsForAdditionalNeeds,
        aloneWithChildrenRequires, vettingRenewal, ratioSource);
  }

  /**
   * Returns a policy needing at least {@code staff} staff at live online sessions.
   *
   * @throws PolicyRefusedException when fewer than 2 or more than 20
   */
  public SafeguardingPolicy withMinimumOnlineStaff(int staff) {
    if (staff < 2 || staff > 20) {
      throw PolicyRefusedException.of("minimumOnlineStaff", "must be 2 to 20", NSPCC_ONLINE.citation(), staff);
    }
    return new SafeguardingPolicy(childrenPerAdult, minimumAdults, staff, extraAdultsForAdditionalNeeds,
        aloneWithChildrenRequires, vettingRenewal, ratioSource);
  }

  /**
   * Returns a policy planning {@code extra} adults beyond the ratio where a child has additional needs.
   *
   * @throws PolicyRefusedException when fewer than 1 or more than 20
   */
  public SafeguardingPolicy withExtraAdultsForAdditionalNeeds(int extra) {
    if (extra < 1 || extra > 20) {
      throw PolicyRefusedException.of("extraAdultsForAdditionalNeeds", "must be 1 to 20", LIBRARY.citation(), extra);
    }
    return new SafeguardingPolicy(childrenPerAdult, minimumAdults, minimumOnlineStaff, extra,
        aloneWithChildrenRequires, vettingRenewal, ratioSource);
  }

  /**
   * Returns a policy needing {@code level} before anyone is alone with children.
   *
   * @throws PolicyRefusedException when below an enhanced check
   */
  public SafeguardingPolicy withAloneWithChildrenRequires(VettingLevel level) {
    Objects.requireNonNull(level, "level");
    if (!level.isAtLeast(VettingLevel.ENHANCED)) {
      throw PolicyRefusedException.of("aloneWithChildrenRequires", "must be ENHANCED or"
          + " ENHANCED_WITH_CHILDRENS_BARRED_LIST", LIBRARY.citation(), level);
    }
    return new SafeguardingPolicy(childrenPerAdult, minimumAdults, minimumOnlineStaff,
        extraAdultsForAdditionalNeeds, level, vettingRenewal, ratioSource);
  }

  /**
   * Returns a policy renewing checks once they are older than {@code renewal}.
   *
   * @throws PolicyRefusedException when longer than 3 years or not positive
   */
  public SafeguardingPolicy withVettingRenewal(Period renewal) {
    Objects.requireNonNull(renewal, "renewal");
    if (!RENEWAL_ANCHOR.plus(renewal).isAfter(RENEWAL_ANCHOR)
        || RENEWAL_ANCHOR.plus(renewal).isAfter(RENEWAL_ANCHOR.plusYears(3))) {
      throw PolicyRefusedException.of("vettingRenewal", "must be more than zero and at most 3 years",
          LIBRARY.citation(), renewal);
    }
    return new SafeguardingPolicy(childrenPerAdult, minimumAdults, minimumOnlineStaff,
        extraAdultsForAdditionalNeeds, aloneWithChildrenRequires, renewal, ratioSource);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SafeguardingPolicy p && Arrays.equals(childrenPerAdult, p.childrenPerAdult)
        && minimumAdults == p.minimumAdults && minimumOnlineStaff == p.minimumOnlineStaff
        && extraAdultsForAdditionalNeeds == p.extraAdultsForAdditionalNeeds
        && aloneWithChildrenRequires == p.aloneWithChildrenRequires && vettingRenewal.equals(p.vettingRenewal)
        && ratioSource.equals(p.ratioSource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(childrenPerAdult), minimumAdults, minimumOnlineStaff,
        extraAdultsForAdditionalNeeds, aloneWithChildrenRequires, vettingRenewal, ratioSource);
  }

  @Override
  public String toString() {
    return "SafeguardingPolicy[childrenPerAdult=" + Arrays.toString(childrenPerAdult) + ", minimumAdults="
        + minimumAdults + ", minimumOnlineStaff=" + minimumOnlineStaff + ", extraAdultsForAdditionalNeeds="
        + extraAdultsForAdditionalNeeds + ", aloneWithChildrenRequires=" + aloneWithChildrenRequires
        + ", vettingRenewal=" + vettingRenewal + "]";
  }
}
