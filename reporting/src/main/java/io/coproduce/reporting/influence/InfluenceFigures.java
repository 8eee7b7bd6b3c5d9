package io.coproduce.reporting.influence;

import io.coproduce.core.error.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What an {@link InfluenceTally} counted, as immutable values: the figures per forum, the exact
 * median days to feedback over all of them, and the decisions. Immutable and thread-safe.
 *
 * @param forums the figures per forum, ordered as the tally first saw them
 * @param medianDaysToFeedback the exact median of whole days to first feedback over every forum
 * @param decisions decisions taken
 * @param decisionsCitingYoungPeople decisions citing a contribution of a young person
 */
public record InfluenceFigures(List<ForumInfluence> forums, OptionalDouble medianDaysToFeedback,
    long decisions, long decisionsCitingYoungPeople) {

  /**
   * Validates the figures.
   *
   * @throws InvalidInputException naming {@code influenceFigures.decisions} when a count is negative
   *     or more decisions cite young people than were taken
   */
  public InfluenceFigures {
    forums = List.copyOf(Objects.requireNonNull(forums, "forums"));
    Objects.requireNonNull(medianDaysToFeedback, "medianDaysToFeedback");
    if (decisionsCitingYoungPeople < 0 || decisionsCitingYoungPeople > decisions) {
      throw InvalidInputException.of("influenceFigures.decisions",
          "decisions citing young people must be 0 to the decisions taken", decisionsCitingYoungPeople);
    }
  }

  /** Returns the contributions over every forum. */
  public long contributions() {
    return forums.stream().mapToLong(ForumInfluence::contributions).sum();
  }

  /** Returns the contributions a decision cites, over every forum. */
  public long decided() {
    return forums.stream().mapToLong(ForumInfluence::decided).sum();
  }

  /** Returns the contributions with feedback on time, over every forum. */
  public long onTime() {
    return forums.stream().mapToLong(ForumInfluence::onTime).sum();
  }

  /** Returns the contributions with feedback overdue, over every forum. */
  public long overdue() {
    return forums.stream().mapToLong(ForumInfluence::overdue).sum();
  }
}
