package io.coproduce.participation.forum;

import io.coproduce.core.rule.RuleSource;

/**
 * The sources the forum rules cite, defined once so that every finding and explanation names a
 * rule in the same words.
 */
public final class ForumSources {

  /**
   * Why a forum that decides for young people should have young people's representation: views
   * must reach an audience with the power to act on them (Lundy), children have the right to
   * express views in matters affecting them (UNCRC Art 12), and NHS bodies must involve the
   * people their decisions affect (NHS England, 2022).
   */
  public static final RuleSource REPRESENTATION = RuleSource.guidance(
      "Lundy, L. (2007) 'Voice' is not enough, British Educational Research Journal 33(6)"
          + " (audience); UN Convention on the Rights of the Child Art 12; NHS England, Working in"
          + " partnership with people and communities: statutory guidance (2022)");

  /** Why the reach of a forum's voice is followed through representation links. */
  public static final RuleSource VOICE_REACH = RuleSource.guidance(
      "Lundy, L. (2007) 'Voice' is not enough, British Educational Research Journal 33(6)"
          + " (audience and influence: views must reach people with the power to act on them)");

  /**
   * Who counts as a young person for representation: someone whose person record has the young
   * person role and who is certainly 25 or under on the date. The reading that protects young
   * people's voice is taken where facts are missing: people without a record, who may be over
   * 25, or who may not be born by the date are not counted.
   */
  public static final RuleSource YOUNG_PERSON = RuleSource.libraryDefault(
      "A young person is someone with the young person role who is certainly aged 0 to 25 on the"
          + " date (the 0-25 remit of children and young people's mental-health services); someone"
          + " without a person record, who may be over 25, or who may not yet be born is not counted");

  private ForumSources() {}
}
