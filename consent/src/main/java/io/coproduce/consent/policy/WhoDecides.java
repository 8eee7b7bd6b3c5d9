package io.coproduce.consent.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The answer to "whose decision does this purpose need, for this young person on this date,
 * and why": the {@link DecisionRoute route}, the authority the young person's own decision rests
 * on, who may decide instead of or beside them, whether the child's assent is sought, and the
 * reasons with their sources. Immutable and thread-safe.
 *
 * @param route whose decision is needed
 * @param selfAuthority the authority the young person's own decision rests on, or {@code null}
 *     when they cannot decide for themself
 * @param surrogates who may decide on the young person's behalf (or beside them); empty when
 *     nobody may
 * @param parentalCoConsent whether the organisation's policy also needs a parental-responsibility
 *     holder's consent beside the young person's own
 * @param assentSought whether the child's assent is sought when someone else decides
 * @param dissentBlocks whether the child's dissent blocks (always true: a child's objection
 *     is never overridden for participation)
 * @param reasons the rules that decided this, with their sources
 */
public record WhoDecides(
    DecisionRoute route,
    DecisionAuthority selfAuthority,
    Set<DecisionAuthority> surrogates,
    boolean parentalCoConsent,
    boolean assentSought,
    boolean dissentBlocks,
    List<Reason> reasons) {

  /** Validates the answer. */
  public WhoDecides {
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(surrogates, "surrogates");
    surrogates = surrogates.isEmpty()
        ? Set.of()
        : ImmutableSortedSet.copyOf(EnumSet.copyOf(surrogates));
    reasons = ImmutableList.copyOf(reasons);
    if ((route == DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER) != (selfAuthority == null)) {
      throw InvalidInputException.of("whoDecides.selfAuthority",
          "is absent exactly when the route is PARENTAL_RESPONSIBILITY_HOLDER", route);
    }
    if (selfAuthority != null && !selfAuthority.isSelf()) {
      throw InvalidInputException.of("whoDecides.selfAuthority", "must be a SELF_ authority", selfAuthority);
    }
    for (DecisionAuthority s : surrogates) {
      if (s.isSelf()) {
        throw InvalidInputException.of("whoDecides.surrogates", "must not hold a SELF_ authority", s);
      }
    }
    boolean needsSurrogates = route != DecisionRoute.YOUNG_PERSON || parentalCoConsent;
    if (needsSurrogates == surrogates.isEmpty()) {
      throw InvalidInputException.of("whoDecides.surrogates",
          "are named exactly when someone other than the young person may decide", route);
    }
    if (reasons.isEmpty()) {
      throw InvalidInputException.of("whoDecides.reasons", "must hold at least one reason", route);
    }
  }

  /** Returns the authority of the young person's own decision, when they may decide. */
  public Optional<DecisionAuthority> ownAuthority() {
    return Optional.ofNullable(selfAuthority);
  }

  /** Returns how much the decision depends on someone with parental responsibility. */
  public ParentalInvolvement parentalInvolvement() {
    return switch (route) {
      case PARENTAL_RESPONSIBILITY_HOLDER -> ParentalInvolvement.INSTEAD_OF_YOUNG_PERSON;
      case YOUNG_PERSON_IF_ASSESSED_CAPABLE -> parentalCoConsent
          ? ParentalInvolvement.ALONGSIDE_YOUNG_PERSON
          : ParentalInvolvement.UNLESS_ASSESSED_CAPABLE;
      case YOUNG_PERSON_UNLESS_ASSESSED_NOT_CAPABLE -> parentalCoConsent
          ? ParentalInvolvement.ALONGSIDE_YOUNG_PERSON
          : ParentalInvolvement.UNLESS_ASSESSED_NOT_CAPABLE;
      case YOUNG_PERSON -> parentalCoConsent
          ? ParentalInvolvement.ALONGSIDE_YOUNG_PERSON
          : ParentalInvolvement.NONE;
    };
  }

  /** Returns whether {@code authority} is one a surrogate decision may rest on here. */
  public boolean accepts(DecisionAuthority authority) {
    return authority.isSelf() ? authority == selfAuthority : surrogates.contains(authority);
  }
}
