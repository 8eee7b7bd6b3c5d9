package io.coproduce.participation.joint;

import io.coproduce.core.rule.RuleSource;

/**
 * The rules of joint working between two membership groups: their stable names (as in {@link
 * io.coproduce.participation.finding.Finding#rule()}) and their sources, defined once so that
 * every finding names a rule in the same words. A host can filter findings by these names.
 */
public final class JointRules {

  /** A joint area has no active liaison in one direction between the two steering groups. */
  public static final String LIAISON_MISSING = "joint.liaison.missing";

  /** A joint response is not owned by both groups through different organisations. */
  public static final String RESPONSE_NOT_JOINT = "joint.response.not-both-groups";

  /**
   * Why liaison must run both ways: two groups that keep separate identities but work together
   * stay in step when each has someone sitting on the other's steering group.
   */
  public static final RuleSource LIAISON_SOURCE = RuleSource.libraryDefault(
      "Reciprocal liaison: while two membership groups share an agreed area of work, each group has"
          + " someone from its steering group sitting on the other group's steering group, so that"
          + " each hears the other first-hand; good practice drawn from the 2019 independent review"
          + " of two children's mental-health membership groups, which asked for a liaison on each"
          + " other's steering group");

  /**
   * Why a joint response needs an owner from each group: it speaks for both groups only when each
   * is among its owners, through itself or one of its members, and the two are different
   * organisations.
   */
  public static final RuleSource RESPONSE_SOURCE = RuleSource.libraryDefault(
      "A joint consultation response speaks for both membership groups only when each group owns it"
          + " through a different organisation (the group itself or one of its members); one"
          + " organisation that belongs to both groups does not make a response joint on its own."
          + " The same 2019 review asked for a clear process for feeding into joint responses");

  private JointRules() {}
}
