package io.coproduce.participation.voice;

import io.coproduce.core.rule.RuleSource;

/**
 * The rules of the voice, decision and feedback loop: their stable names (as in {@link
 * io.coproduce.participation.finding.Finding#rule()} and {@link io.coproduce.core.rule.Reason#rule()})
 * and their sources, defined once so that every finding and explanation names a rule in the same
 * words. A host can filter findings by these names.
 */
public final class VoiceRules {

  /** Feedback owed to a contributor was not given by its deadline. */
  public static final String FEEDBACK_OVERDUE = "voice.feedback.overdue";

  /** A contribution has not yet informed any decision. */
  public static final String CONTRIBUTION_WITHOUT_DECISION = "voice.contribution.no-decision";

  /** A decision cites no contribution by a young person (every cited contributor is known). */
  public static final String DECISION_WITHOUT_YOUNG_PEOPLE = "voice.decision.no-young-people";

  /**
   * A decision cites no contribution by a known young person, and some of the people it cites
   * are not among the records given, so they could not be counted.
   */
  public static final String DECISION_WITHOUT_KNOWN_YOUNG_PEOPLE =
      "voice.decision.no-known-young-people";

  /** Feedback text is harder to read than its contributor's age band allows. */
  public static final String FEEDBACK_READING_LEVEL = "voice.feedback.reading-level";

  /** Feedback went to a contributor whose record was not given, so its reading level is unchecked. */
  public static final String FEEDBACK_READER_UNKNOWN = "voice.feedback.reader-unknown";

  /** The preferred attribution may be used: its consent stands. */
  public static final String ATTRIBUTION_AS_PREFERRED = "voice.attribution.as-preferred";

  /** The preferred attribution may not be used, but an anonymous quote may. */
  public static final String ATTRIBUTION_ANONYMOUS_FALLBACK = "voice.attribution.anonymous-fallback";

  /** Neither the preferred attribution nor an anonymous quote may be used. */
  public static final String ATTRIBUTION_NOT_QUOTABLE = "voice.attribution.not-quotable";

  /** A quote under a young person's name needs consent to both quoting by name and public credit. */
  public static final String ATTRIBUTION_NAMED_NEEDS_BOTH = "voice.attribution.named-needs-both";

  /**
   * Why every contribution is owed an outcome, and every decision should rest on young people's
   * views: Lundy's model of participation and NHS England's statutory guidance.
   */
  public static final RuleSource INFLUENCE_SOURCE = RuleSource.guidance(
      "Lundy L. (2007), 'Voice' is not enough, British Educational Research Journal 33(6): 927-942"
          + " (audience: views are heard by someone with power to act; influence: views are acted"
          + " on as appropriate, and feedback says what happened and why); NHS England, Working in"
          + " partnership with people and communities (statutory guidance, 2022): feed back how"
          + " people's involvement influenced decisions");

  /**
   * Why a decision whose cited contributors are partly unknown is not taken to have heard young
   * people: the protective reading, which never claims a voice it cannot show.
   */
  public static final RuleSource UNKNOWN_CONTRIBUTOR_SOURCE = RuleSource.libraryDefault(
      "A contributor whose person record is not given is not counted as a young person: a decision"
          + " is shown to rest on young people's views only where the records show it");

  /**
   * Where the default feedback period comes from: the library's own figure, because the guidance
   * that asks organisations to feed back sets no period.
   */
  public static final RuleSource DEFAULT_PERIOD_SOURCE = RuleSource.libraryDefault(
      "Feedback to every contributor within 28 days of the contribution: the library's default"
          + " period; NHS England, Working in partnership with people and communities (statutory"
          + " guidance, 2022) asks organisations to feed back how involvement influenced decisions"
          + " but sets no period");

  /** Why feedback that cannot be matched to a reader's age is flagged rather than passed. */
  public static final RuleSource READER_UNKNOWN_SOURCE = RuleSource.libraryDefault(
      "Where the contributor's record is not given, their age is unknown, so feedback cannot be"
          + " shown to suit them; it is flagged for a person to check (the protective reading)");

  /** Why each attribution needs its own consent, and a quote is used only as consented. */
  public static final RuleSource CONSENT_PER_ATTRIBUTION_SOURCE = RuleSource.law(
      "UK GDPR Art 4(11) (consent is specific to each purpose) and Art 7 (it can be withdrawn at any"
          + " time): being quoted anonymously, by first name or by chosen name, and being named"
          + " publicly, are separate decisions");

  /** Why the only fallback from a preferred attribution is an anonymous quote. */
  public static final RuleSource FALLBACK_SOURCE = RuleSource.libraryDefault(
      "When the preferred attribution is not consented to, a quote may still be used anonymously"
          + " if that is consented to; it is never attributed under another name than the one the"
          + " young person asked for (a nickname can be as recognisable to peers as a first name)");

  /** Why a named quote needs both consents. */
  public static final RuleSource NAMED_NEEDS_BOTH_SOURCE = RuleSource.libraryDefault(
      "A quote under a young person's name shows at least their first name and names them"
          + " publicly: it needs consent to being quoted by first name and to being named or"
          + " credited publicly (the protective reading)");

  private VoiceRules() {}
}
