package io.coproduce.participation.quality;

import io.coproduce.core.rule.RuleSource;

/**
 * The rules of participation quality: their stable names (as in {@link
 * io.coproduce.core.rule.Reason#rule()} and {@link
 * io.coproduce.participation.finding.Finding#rule()}) and their sources, defined once so that
 * every reason and finding names a rule in the same words. A host can filter by these names.
 */
public final class QualityRules {

  /** The Lundy element space, computed from sessions and their checks. */
  public static final String LUNDY_SPACE = "quality.lundy.space";
  /** The Lundy element voice, computed from attendance and contributions. */
  public static final String LUNDY_VOICE = "quality.lundy.voice";
  /** The Lundy element audience, computed from decisions and who heard the contributions. */
  public static final String LUNDY_AUDIENCE = "quality.lundy.audience";
  /** The Lundy element influence, computed from decisions and feedback deadlines. */
  public static final String LUNDY_INFLUENCE = "quality.lundy.influence";
  /** A computed status overrode a higher declared one. */
  public static final String DECLARATION_OVERRIDDEN = "quality.lundy.declaration-overridden";
  /** A declaration agreed with the computed status. */
  public static final String DECLARATION_AGREES = "quality.lundy.declaration-agrees";
  /** A declaration stands because the facts cannot answer. */
  public static final String DECLARATION_STANDS = "quality.lundy.declared";
  /** A declaration lower than the computed status was kept. */
  public static final String DECLARED_SHORTFALL = "quality.lundy.declared-shortfall";
  /** The facts cannot answer and no one declared. */
  public static final String UNANSWERED = "quality.lundy.unanswered";

  /** Whether anyone young took part at all, before a rung or level is read. */
  public static final String HART_NO_PARTICIPATION = "quality.hart.no-participation";
  /** Who initiated the process, as supplied. */
  public static final String HART_INITIATOR = "quality.hart.initiator";
  /** Decisions taken in forums where young people sit. */
  public static final String HART_SHARED_DECISIONS = "quality.hart.shared-decisions";
  /** Whether decisions cite young people's views and they were told the outcome. */
  public static final String HART_CONSULTED_INFORMED = "quality.hart.consulted-informed";
  /** Which non-participation pattern the facts show. */
  public static final String HART_NON_PARTICIPATION = "quality.hart.non-participation";
  /** The rung reached, and why. */
  public static final String HART_RUNG = "quality.hart.rung";

  /** Whether anyone young took part at all, before a level is read. */
  public static final String SHIER_NO_PARTICIPATION = "quality.shier.no-participation";
  /** One of Shier's five levels, shown or not; the level's number follows a dash. */
  public static final String SHIER_LEVEL_PREFIX = "quality.shier.level-";
  /** The level reached, and why. */
  public static final String SHIER_LEVEL = "quality.shier.level";

  /** Young people took part in sessions, and no decision cites any of them. */
  public static final String TOKENISM = "quality.tokenism.present-not-cited";
  /** Young people were photographed or filmed at a session and made no contribution. */
  public static final String DECORATION = "quality.decoration.pictured-not-heard";
  /** Young people's words were published while no decision cites them and they were not told. */
  public static final String MANIPULATION = "quality.manipulation.published-not-told";

  /** The Lundy model. */
  public static final RuleSource LUNDY_SOURCE = RuleSource.guidance(
      "Lundy L. (2007), 'Voice' is not enough: conceptualising Article 12 of the United Nations"
          + " Convention on the Rights of the Child, British Educational Research Journal 33(6):"
          + " 927-942 (space, voice, audience, influence), as read from recorded facts by Coproduce");

  /** Hart's ladder of participation. */
  public static final RuleSource HART_SOURCE = RuleSource.guidance(
      "Hart R. (1992), Children's Participation: From Tokenism to Citizenship, Innocenti Essays"
          + " No. 4, UNICEF International Child Development Centre, Florence (the ladder of"
          + " participation: rungs 1-3 non-participation, 4-8 degrees of participation), as read"
          + " from recorded facts by Coproduce");

  /** Shier's pathways to participation. */
  public static final RuleSource SHIER_SOURCE = RuleSource.guidance(
      "Shier H. (2001), Pathways to participation: openings, opportunities and obligations,"
          + " Children & Society 15(2): 107-117 (five levels of participation), as read from"
          + " recorded facts by Coproduce");

  /** Why a computed status overrides a higher declared one. */
  public static final RuleSource COMPUTED_OVERRIDES_SOURCE = RuleSource.libraryDefault(
      "Participation quality is computed from the facts the library holds, not self-declared:"
          + " where the records can answer, a declaration never raises an element above what they"
          + " show, and the assessment says when a declaration was overridden");

  /** Why a declaration stands where the facts are silent, and a declared shortfall is kept. */
  public static final RuleSource DECLARATION_SOURCE = RuleSource.libraryDefault(
      "Where the records cannot answer, a person's declaration with evidence stands and is"
          + " marked as declared; a declaration lower than the records show is kept, since it may"
          + " report what the records cannot see (the protective reading)");

  /** Why an element nobody can answer is read as not met. */
  public static final RuleSource UNANSWERED_SOURCE = RuleSource.libraryDefault(
      "An element that neither the records nor a declaration with evidence can answer is read as"
          + " not met: quality is never claimed without something to show for it");

  /** The share of young attendees who must have contributed for voice to be met. */
  public static final RuleSource VOICE_SHARE_SOURCE = RuleSource.libraryDefault(
      "Voice is met when at least half of the young people who took part in sessions made a"
          + " contribution; Lundy's model leaves young people free not to give a view, so not every"
          + " one is required, but a session where few spoke suggests the ways offered did not suit them");

  /** Why an unrecorded initiator is read as adults. */
  public static final RuleSource UNKNOWN_INITIATOR_SOURCE = RuleSource.libraryDefault(
      "Where who started a process is not recorded it is read as started by adults: the rungs of"
          + " Hart's ladder initiated by young people are never claimed without the fact");

  private QualityRules() {}
}
