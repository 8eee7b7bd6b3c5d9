package io.coproduce.participation.voice;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.readability.ReadabilityCheck;
import io.coproduce.core.readability.ReadingLevel;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Feedback given to a contributor ("you said, we did"): which contribution it answers, when it
 * was delivered, optionally the decision it reports, and how hard its text is to read. Immutable
 * and thread-safe.
 *
 * <p>Only the text's {@link ReadingLevel} is kept, not the text: feedback is written to a young
 * person and may greet them by name, and the library never holds free text about a child
 * (privacy by design). The factories measure the text and let it go; the host keeps the text.
 * The reading level is all the library needs, to check the text against the contributor's age
 * band on the delivery date ({@link #checkFor(AgeBand)}).
 *
 * <p>Several pieces of feedback may answer one contribution (an interim "we are still deciding",
 * then the outcome); any one delivered by the deadline meets it. That the contribution and
 * decision are known, that the decision cites the contribution, and that the feedback comes after
 * both, is checked when it is added to a {@link VoiceRecord}.
 *
 * @param contribution the contribution it answers
 * @param deliveredAt when it reached the contributor
 * @param decision the decision it reports, or {@code null} when it reports none (yet)
 * @param readingLevel how hard its text is to read
 */
public record Feedback(
    ContributionId contribution, Instant deliveredAt, DecisionId decision, ReadingLevel readingLevel) {

  /** Validates the feedback. */
  public Feedback {
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(deliveredAt, "deliveredAt");
    Objects.requireNonNull(readingLevel, "readingLevel");
  }

  /**
   * Feedback that reports no decision (an acknowledgement, or word that the decision is still to
   * come), measured from its text; the text itself is not kept.
   *
   * @throws InvalidInputException naming {@code text} when the text has no word (the text is
   *     not shown)
   */
  public static Feedback of(ContributionId contribution, Instant deliveredAt, String text) {
    return new Feedback(contribution, deliveredAt, null, ReadingLevel.of(text));
  }

  /**
   * Feedback that reports {@code decision}, measured from its text; the text itself is not kept.
   *
   * @throws InvalidInputException naming {@code text} when the text has no word (the text is
   *     not shown)
   */
  public static Feedback reporting(ContributionId contribution, Instant deliveredAt,
      DecisionId decision, String text) {
    return new Feedback(contribution, deliveredAt, Objects.requireNonNull(decision, "decision"),
        ReadingLevel.of(text));
  }

  /** Returns the decision it reports, if any. */
  public Optional<DecisionId> reports() {
    return Optional.ofNullable(decision);
  }

  /**
   * Checks whether the text suits the youngest reader in {@code band} (core's {@link
   * ReadabilityCheck}: UK reading age at most the band's youngest age; never for 0-5).
   */
  public ReadabilityCheck checkFor(AgeBand band) {
    return readingLevel.checkFor(Objects.requireNonNull(band, "band"));
  }
}
