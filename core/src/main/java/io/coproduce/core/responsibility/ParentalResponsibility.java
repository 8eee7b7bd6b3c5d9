package io.coproduce.core.responsibility;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.coproduce.core.age.Age;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The recorded parental-responsibility claims for children, and the rule that decides who holds
 * parental responsibility for a child on a date. Immutable and thread-safe; {@link
 * #with(ResponsibilityClaim)} returns a new instance.
 *
 * <p>The rule, per UK nation:
 *
 * <ul>
 *   <li>responsibility ends when the child turns 18 (16 in Scotland, where parental rights and
 *       all responsibilities but guidance end at 16); with an uncertain age the child is treated
 *       as not yet that age, and the finding says so;
 *   <li>a claim counts only while in force ({@code from} inclusive, {@code until} exclusive);
 *   <li>an unmarried father's registration on the birth certificate counts only on or after
 *       the date the law changed in the child's nation (1 December 2003 in England and Wales);
 *   <li>a local authority holds it under an emergency protection order, interim care order or
 *       care order (shared with the parents), never for a child accommodated under s.20;
 *   <li>an adoption order ends the responsibility of everyone whose claim began before it;
 *   <li>a basis that does not exist in the child's nation (special guardianship outside England
 *       and Wales) confers nothing there.
 * </ul>
 */
public final class ParentalResponsibility {

  private static final RuleSource RECORDS_ONLY =
      RuleSource.libraryDefault("Parental responsibility is held only on a recorded basis");

  private final ImmutableListMultimap<PersonId, ResponsibilityClaim> byChild;

  private ParentalResponsibility(ImmutableListMultimap<PersonId, ResponsibilityClaim> byChild) {
    this.byChild = byChild;
  }

  /** No claims recorded. */
  public static ParentalResponsibility empty() {
    return new ParentalResponsibility(ImmutableListMultimap.of());
  }

  /** The given claims, in the order given. */
  public static ParentalResponsibility of(Collection<ResponsibilityClaim> claims) {
    ImmutableListMultimap.Builder<PersonId, ResponsibilityClaim> b = ImmutableListMultimap.builder();
    for (ResponsibilityClaim c : claims) {
      b.put(c.child(), Objects.requireNonNull(c, "claim"));
    }
    return new ParentalResponsibility(b.build());
  }

  /** Returns a copy with one more claim. */
  public ParentalResponsibility with(ResponsibilityClaim claim) {
    Objects.requireNonNull(claim, "claim");
    return new ParentalResponsibility(
        ImmutableListMultimap.<PersonId, ResponsibilityClaim>builder()
            .putAll(byChild)
            .put(claim.child(), claim)
            .build());
  }

  /** Returns every claim recorded for {@code child}. */
  public List<ResponsibilityClaim> claimsFor(PersonId child) {
    return byChild.get(child);
  }

  /**
   * Decides whether {@code holder} holds parental responsibility for {@code child} on {@code date}.
   *
   * @throws io.coproduce.core.error.InvalidInputException when {@code date} may be before the child's birth
   */
  public ResponsibilityFinding holds(PartyId holder, Person child, LocalDate date) {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(date, "date");
    Jurisdiction nation = child.jurisdiction();
    Age age = child.ageOn(date);
    List<Reason> reasons = new ArrayList<>();

    Reason endOfResponsibility = endOfResponsibility(child, age);
    if (endOfResponsibility != null) {
      reasons.add(endOfResponsibility);
      return new ResponsibilityFinding(holder, child.id(), date, false, null, reasons);
    }
    int endAge = nation == Jurisdiction.SCOTLAND ? 16 : 18;
    if (!age.isCertain() && age.oldestYears() >= endAge) {
      reasons.add(Reason.of("pr.age-uncertain",
          "The child's age on " + date + " is uncertain (" + age + "); treated as under " + endAge
              + ", the reading that keeps a responsible adult involved",
          RuleSource.libraryDefault("Conservative under uncertainty: the younger possible age")));
    }

    Optional<LocalDate> adoption = claimsFor(child.id()).stream()
        .filter(c -> c.basis() == ResponsibilityBasis.ADOPTION && !c.from().isAfter(date))
        .map(ResponsibilityClaim::from)
        .min(LocalDate::compareTo);

    List<ResponsibilityClaim> mine = claimsFor(child.id()).stream()
        .filter(c -> c.holder().equals(holder))
        .toList();
    if (mine.isEmpty()) {
      reasons.add(Reason.of("pr.no-claim",
          holder.value() + " has no recorded basis for parental responsibility for " + child.id(),
          RECORDS_ONLY));
      return new ResponsibilityFinding(holder, child.id(), date, false, null, reasons);
    }

    List<Reason> refusals = new ArrayList<>();
    for (ResponsibilityClaim claim : mine) {
      Optional<Reason> refused = refusal(claim, nation, date, adoption);
      if (refused.isPresent()) {
        refusals.add(refused.get());
      } else {
        reasons.add(0, Reason.of("pr." + ruleName(claim.basis()),
            holder.value() + " holds parental responsibility for " + child.id() + " as "
                + describe(claim.basis()) + since(claim)
                + (claim.basis() == ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER
                    || claim.basis() == ResponsibilityBasis.LOCAL_AUTHORITY_INTERIM_CARE_ORDER
                    ? ", shared with the parents; the local authority may limit how they exercise theirs"
                    : ""),
            claim.basis().source(nation).orElseThrow()));
        return new ResponsibilityFinding(holder, child.id(), date, true, claim.basis(), reasons);
      }
    }
    reasons.addAll(refusals);
    return new ResponsibilityFinding(holder, child.id(), date, false, null, reasons);
  }

  /**
   * Returns the findings for everyone who holds parental responsibility for {@code child} on
   * {@code date}, in the order their claims were recorded.
   */
  public List<ResponsibilityFinding> holdersOn(Person child, LocalDate date) {
    Set<PartyId> holders = new LinkedHashSet<>();
    for (ResponsibilityClaim c : claimsFor(child.id())) {
      holders.add(c.holder());
    }
    ImmutableList.Builder<ResponsibilityFinding> out = ImmutableList.builder();
    for (PartyId h : holders) {
      ResponsibilityFinding f = holds(h, child, date);
      if (f.holds()) {
        out.add(f);
      }
    }
    return out.build();
  }

  private static Reason endOfResponsibility(Person child, Age age) {
    if (child.jurisdiction() == Jurisdiction.SCOTLAND) {
      if (age.isAtLeast(16)) {
        return Reason.of("pr.ends-at-16-scotland",
            child.id() + " is 16 or over: in Scotland parental responsibilities (other than giving"
                + " guidance, which lasts to 18) and parental rights end at 16",
            RuleSource.law("Children (Scotland) Act 1995 s.1(2), s.2(7)"));
      }
      return null;
    }
    if (age.isAtLeast(18)) {
      return Reason.of("pr.ends-at-18",
          child.id() + " is 18 or over: an adult, for whom nobody holds parental responsibility",
          RuleSource.law(child.jurisdiction() == Jurisdiction.NORTHERN_IRELAND
              ? "Children (Northern Ireland) Order 1995 art.2(2) (child means under 18)"
              : "Children Act 1989 s.105(1) (child means under 18)"));
    }
    return null;
  }

  /** Why a recorded claim confers nothing on a date, or {@code null} when it confers responsibility. */
  private enum Refusal {
    SECTION_20, NOT_IN_NATION, NOT_IN_FORCE, REGISTRATION_BEFORE_COMMENCEMENT, ENDED_BY_ADOPTION
  }

  private static Refusal refusalOf(
      ResponsibilityClaim claim, Jurisdiction nation, LocalDate date, LocalDate adoption) {
    ResponsibilityBasis basis = claim.basis();
    if (!basis.confersResponsibility()) {
      return Refusal.SECTION_20;
    }
    if (basis.source(nation).isEmpty()) {
      return Refusal.NOT_IN_NATION;
    }
    if (!claim.inForceOn(date)) {
      return Refusal.NOT_IN_FORCE;
    }
    if (basis == ResponsibilityBasis.FATHER_REGISTERED_ON_BIRTH_CERTIFICATE
        && claim.from().isBefore(ResponsibilityBasis.birthRegistrationCommencement(nation))) {
      return Refusal.REGISTRATION_BEFORE_COMMENCEMENT;
    }
    if (adoption != null && basis != ResponsibilityBasis.ADOPTION && claim.from().isBefore(adoption)) {
      return Refusal.ENDED_BY_ADOPTION;
    }
    return null;
  }

  private static Optional<Reason> refusal(
      ResponsibilityClaim claim, Jurisdiction nation, LocalDate date, Optional<LocalDate> adoption) {
    Refusal refusal = refusalOf(claim, nation, date, adoption.orElse(null));
    if (refusal == null) {
      return Optional.empty();
    }
    ResponsibilityBasis basis = claim.basis();
    String who = claim.holder().value();
    return Optional.of(switch (refusal) {
      case SECTION_20 -> Reason.of("pr.section-20-no-responsibility",
          who + " accommodates " + claim.child() + " by agreement: the parents keep parental"
              + " responsibility and the local authority acquires none",
          basis.source(nation).orElseThrow());
      case NOT_IN_NATION -> Reason.of("pr.basis-not-in-nation",
          describe(basis) + " does not exist in " + nation.label() + "; record the order made there instead",
          RuleSource.law(basis.source(Jurisdiction.ENGLAND).orElseThrow().citation()
              + " has no counterpart in " + nation.label()));
      case NOT_IN_FORCE -> Reason.of("pr.not-in-force",
          describe(basis) + " for " + who + " is not in force on " + date + " (from " + claim.from()
              + (claim.until() == null ? "" : ", until " + claim.until()) + ")",
          basis.source(nation).orElseThrow());
      case REGISTRATION_BEFORE_COMMENCEMENT -> {
        LocalDate commencement = ResponsibilityBasis.birthRegistrationCommencement(nation);
        yield Reason.of("pr.registration-before-commencement",
            who + " was registered on the birth certificate on " + claim.from() + ", before "
                + commencement + ": registration alone gives parental responsibility in "
                + nation.label() + " only from that date; an agreement or order is needed",
            basis.source(nation).orElseThrow());
      }
      case ENDED_BY_ADOPTION -> Reason.of("pr.ended-by-adoption",
          "an adoption order of " + adoption.orElseThrow() + " ended the parental responsibility " + who
              + " held as " + describe(basis),
          ResponsibilityBasis.ADOPTION.source(nation).orElseThrow());
    });
  }

  /**
   * Returns the basis on which {@code holder} holds parental responsibility for {@code child} on
   * {@code date}, or empty: the same rule as {@link #holds(PartyId, Person, LocalDate)} without
   * building its explanation, for checks that run many times (a consent gate over a session).
   *
   * @throws io.coproduce.core.error.InvalidInputException when {@code date} may be before the child's birth
   */
  public Optional<ResponsibilityBasis> basisOn(PartyId holder, Person child, LocalDate date) {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(date, "date");
    Jurisdiction nation = child.jurisdiction();
    Age age = child.ageOn(date);
    if (age.isAtLeast(nation == Jurisdiction.SCOTLAND ? 16 : 18)) {
      return Optional.empty();
    }
    List<ResponsibilityClaim> claims = claimsFor(child.id());
    LocalDate adoption = null;
    for (ResponsibilityClaim c : claims) {
      if (c.basis() == ResponsibilityBasis.ADOPTION && !c.from().isAfter(date)
          && (adoption == null || c.from().isBefore(adoption))) {
        adoption = c.from();
      }
    }
    for (ResponsibilityClaim c : claims) {
      if (c.holder().equals(holder) && refusalOf(c, nation, date, adoption) == null) {
        return Optional.of(c.basis());
      }
    }
    return Optional.empty();
  }

  /**
   * "since DATE" for orders, agreements and registrations; nothing for bases that begin at
   * birth, whose date would be the child's date of birth (personal data).
   */
  private static String since(ResponsibilityClaim claim) {
    return switch (claim.basis()) {
      case BIRTH_MOTHER, FATHER_MARRIED_TO_MOTHER -> "";
      default -> " since " + claim.from();
    };
  }

  private static String ruleName(ResponsibilityBasis basis) {
    return basis.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String describe(ResponsibilityBasis basis) {
    return basis.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
