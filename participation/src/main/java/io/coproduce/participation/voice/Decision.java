package io.coproduce.participation.voice;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.readability.ReadingLevel;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;

/**
 * A decision taken by a forum or a decision-making role, what it did (adopted, adapted, deferred,
 * declined), why in plain language, and the contributions that informed it. Immutable and
 * thread-safe.
 *
 * <p>The reason is text about the decision, written for the people who contributed ("we are
 * opening the drop-in on Saturdays from March"), never a note about a child; it is required
 * because every contribution is owed an outcome with a reason (Lundy's "influence": feedback
 * says what happened and why, {@link VoiceRules#INFLUENCE_SOURCE}). Errors never show it.
 *
 * <p>A decision may cite no contribution at all; {@link VoiceRecord#decisionsWithoutYoungPeople}
 * finds such decisions. That it cites only contributions already recorded, none made after it,
 * is checked when it is added to a {@link VoiceRecord}.
 *
 * @param id the decision's id
 * @param maker who decided
 * @param at when it was decided
 * @param outcome what it did
 * @param reason why, in plain language; must contain a word
 * @param informedBy the contributions that informed it, ordered by id; may be empty
 */
public record Decision(
    DecisionId id, DecisionMaker maker, Instant at, DecisionOutcome outcome, String reason,
    Set<ContributionId> informedBy) {

  private static final Comparator<ContributionId> BY_ID = Comparator.comparing(ContributionId::value);

  /**
   * Validates the decision and sorts {@code informedBy} into an immutable set.
   *
   * @throws InvalidInputException naming {@code decision.reason} when the reason has no word
   */
  public Decision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(maker, "maker");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(informedBy, "informedBy");
    if (!hasWord(reason)) {
      throw InvalidInputException.of(
          "decision.reason", "must give the reason in words (a plain-language sentence)", id);
    }
    informedBy = ImmutableSortedSet.copyOf(BY_ID, informedBy);
  }

  /**
   * A decision informed by the given contributions.
   *
   * @throws InvalidInputException naming {@code decision.informedBy} when a contribution is
   *     named twice, or {@code decision.reason} when the reason has no word
   */
  public static Decision of(DecisionId id, DecisionMaker maker, Instant at, DecisionOutcome outcome,
      String reason, Collection<ContributionId> informedBy) {
    Objects.requireNonNull(informedBy, "informedBy");
    ImmutableSortedSet<ContributionId> set = ImmutableSortedSet.copyOf(BY_ID, informedBy);
    if (set.size() != informedBy.size()) {
      throw InvalidInputException.of(
          "decision.informedBy", "must not name the same contribution twice", id);
    }
    return new Decision(id, maker, at, outcome, reason, set);
  }

  private static boolean hasWord(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Returns whether the decision cites {@code contribution}. */
  public boolean cites(ContributionId contribution) {
    return informedBy.contains(Objects.requireNonNull(contribution, "contribution"));
  }

  /**
   * Returns how hard the reason is to read, so a host can check it is plain language for the
   * youngest contributor it cites (see {@link ReadingLevel#checkFor}).
   */
  public ReadingLevel readingLevel() {
    return ReadingLevel.of(reason);
  }

  /** Returns the id, maker, instant, outcome and cited ids; never the reason's text. */
  @Override
  public String toString() {
    return "Decision[" + id + " by " + maker + " at " + at + ": " + outcome + ", informed by "
        + informedBy + "]";
  }
}
