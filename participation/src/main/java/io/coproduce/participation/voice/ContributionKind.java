package io.coproduce.participation.voice;

/**
 * What kind of thing a young person (or anyone taking part) contributed. The library holds only
 * the kind and the facts around it; what was said stays in the host's own store.
 *
 * <p>Not to be confused with {@link Feedback}, which is what the organisation tells a contributor
 * afterwards: a {@link #FEEDBACK} contribution is a young person's feedback <em>to</em> a service.
 */
public enum ContributionKind {
  /** An idea or suggestion. */
  IDEA,
  /** A priority: what matters most to them. */
  PRIORITY,
  /** A concern or worry raised. */
  CONCERN,
  /** Their feedback on a service, a session or a plan. */
  FEEDBACK,
  /** A vote cast. */
  VOTE
}
