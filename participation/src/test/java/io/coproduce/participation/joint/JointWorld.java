package io.coproduce.participation.joint;

import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.participation.forum.Forum;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.forum.ForumKind;
import io.coproduce.participation.forum.ForumNetwork;
import io.coproduce.participation.forum.Membership;
import io.coproduce.participation.forum.MembershipRole;
import io.coproduce.participation.forum.RepresentationLink;
import io.coproduce.participation.forum.Term;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.process.CoproductionProcess;
import io.coproduce.participation.process.ParticipationLevel;
import io.coproduce.participation.process.Phase;
import io.coproduce.participation.process.ProcessId;
import io.coproduce.participation.process.ProcessKind;
import io.coproduce.participation.strategy.ObjectiveId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Test support: a coalition and a schools partnership, each with its own steering group, the
 * liaison who sits on the other's, three joint areas and the forums they sit in. Both liaisons
 * are members of their own steering group from the start, so links can be added between them.
 */
final class JointWorld {

  static final LocalDate START = LocalDate.of(2025, 9, 1);
  static final LocalDate ON = LocalDate.of(2026, 3, 1);

  static final OrganisationId COALITION = OrganisationId.parse("org-coalition");
  static final OrganisationId PARTNERSHIP = OrganisationId.parse("org-partnership");
  static final OrganisationId C1 = OrganisationId.parse("org-c1");
  static final OrganisationId C2 = OrganisationId.parse("org-c2");
  static final OrganisationId P1 = OrganisationId.parse("org-p1");
  static final OrganisationId P2 = OrganisationId.parse("org-p2");
  /** A member of both groups. */
  static final OrganisationId BOTH = OrganisationId.parse("org-both");
  /** A member of neither. */
  static final OrganisationId OUTSIDER = OrganisationId.parse("org-outsider");
  static final OrganisationId OUTSIDER_2 = OrganisationId.parse("org-outsider-2");

  static final Forum COALITION_STEERING = Forum.of(ForumId.parse("f-coal-steer"), COALITION,
      ForumKind.STEERING_GROUP, Layer.NATION, "Coalition steering group");
  static final Forum PARTNERSHIP_STEERING = Forum.of(ForumId.parse("f-pship-steer"), PARTNERSHIP,
      ForumKind.STEERING_GROUP, Layer.NATION, "Partnership steering group");
  static final Forum OTHER_BOARD = Forum.of(ForumId.parse("f-board"), OUTSIDER, ForumKind.BOARD, Layer.NATION,
      "Another board");

  static final MembershipGroup COALITION_GROUP =
      MembershipGroup.of(COALITION, COALITION_STEERING.id(), List.of(C1, C2, BOTH));
  static final MembershipGroup PARTNERSHIP_GROUP =
      MembershipGroup.of(PARTNERSHIP, PARTNERSHIP_STEERING.id(), List.of(P1, P2, BOTH));

  /** The coalition's liaison, a member of its steering group. */
  static final PersonId LIAISON_C = PersonId.parse("st-liaison-c");
  /** The partnership's liaison, a member of its steering group. */
  static final PersonId LIAISON_P = PersonId.parse("st-liaison-p");
  /** A second partnership liaison. */
  static final PersonId LIAISON_P2 = PersonId.parse("st-liaison-p2");

  static final ObjectiveId O1 = ObjectiveId.parse("aim-1.obj-1");

  static final JointArea GREEN_PAPER =
      JointArea.from(JointAreaId.parse("ja-green-paper"), "Green paper implementation", List.of(O1), START);
  static final JointArea OFSTED = JointArea.between(JointAreaId.parse("ja-ofsted"), "Ofsted framework", List.of(),
      START, LocalDate.of(2026, 7, 31));
  static final JointArea NEEDS = JointArea.from(JointAreaId.parse("ja-needs"), "Needs assessments in schools",
      List.of(), LocalDate.of(2026, 9, 1));

  private JointWorld() {}

  /** The two steering groups and the other board, with the liaisons as members of their own groups. */
  static ForumNetwork forums() {
    return ForumNetwork.empty().withForum(COALITION_STEERING).withForum(PARTNERSHIP_STEERING).withForum(OTHER_BOARD)
        .withMembership(Membership.of(COALITION_STEERING.id(), LIAISON_C, MembershipRole.LIAISON, Term.from(START)))
        .withMembership(Membership.of(PARTNERSHIP_STEERING.id(), LIAISON_P, MembershipRole.LIAISON, Term.from(START)))
        .withMembership(Membership.of(PARTNERSHIP_STEERING.id(), LIAISON_P2, MembershipRole.MEMBER,
            Term.from(START)));
  }

  /** The coalition's liaison sits on the partnership's steering group. */
  static RepresentationLink coalitionToPartnership(Term term) {
    return RepresentationLink.of(LIAISON_C, COALITION_STEERING.id(), PARTNERSHIP_STEERING.id(), term);
  }

  /** The partnership's liaison sits on the coalition's steering group. */
  static RepresentationLink partnershipToCoalition(Term term) {
    return RepresentationLink.of(LIAISON_P, PARTNERSHIP_STEERING.id(), COALITION_STEERING.id(), term);
  }

  /** Liaison both ways for the whole period. */
  static ForumNetwork reciprocal() {
    return forums().withLink(coalitionToPartnership(Term.from(START))).withLink(partnershipToCoalition(Term.from(START)));
  }

  /** A joint consultation response owned by {@code owners}. */
  static CoproductionProcess response(String id, Set<OrganisationId> owners) {
    return CoproductionProcess.plan(ProcessId.parse(id), ProcessKind.JOINT_CONSULTATION_RESPONSE, owners,
        List.of(Phase.of("drafting", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 27), ParticipationLevel.CO_DESIGN)));
  }

  /** The two groups sharing the green paper and Ofsted areas (and, later, needs assessments). */
  static JointArrangement arrangement() {
    return JointArrangement.between(COALITION_GROUP, PARTNERSHIP_GROUP).withArea(GREEN_PAPER).withArea(OFSTED)
        .withArea(NEEDS);
  }
}
