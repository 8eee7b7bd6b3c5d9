package io.coproduce.participation.forum;

import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.participation.layer.Layer;
import java.time.LocalDate;

/** Test support: a small world of forums across layers, and people in it. */
final class ForumFixtures {

  static final LocalDate START = LocalDate.of(2025, 9, 1);
  static final LocalDate ON = LocalDate.of(2026, 3, 1);

  static final OrganisationId CHARITY = OrganisationId.parse("org-charity");
  static final OrganisationId PARTNER = OrganisationId.parse("org-partner");
  static final OrganisationId ICS = OrganisationId.parse("org-ics");
  static final OrganisationId COALITION = OrganisationId.parse("org-coalition");

  static final Forum YAG = Forum.of(ForumId.parse("f-yag"), CHARITY, ForumKind.YOUTH_ADVISORY_GROUP, Layer.SERVICE,
      "Youth advisory group, north");
  static final Forum STEERING = Forum.of(ForumId.parse("f-steer"), CHARITY, ForumKind.STEERING_GROUP,
      Layer.ORGANISATION, "Charity steering group");
  static final Forum PARTNER_STEERING = Forum.of(ForumId.parse("f-partner-steer"), PARTNER, ForumKind.STEERING_GROUP,
      Layer.ORGANISATION, "Partner steering group");
  static final Forum ICS_BOARD = Forum.of(ForumId.parse("f-ics"), ICS, ForumKind.BOARD, Layer.LOCAL_SYSTEM,
      "Children and young people's board");
  static final Forum NATIONAL = Forum.of(ForumId.parse("f-national"), COALITION, ForumKind.BOARD, Layer.NATION,
      "Coalition board");

  static final PersonId YP_1 = PersonId.parse("yp-1");
  static final PersonId YP_2 = PersonId.parse("yp-2");
  static final PersonId ADULT = PersonId.parse("st-1");
  static final PersonId LIAISON_A = PersonId.parse("st-liaison-a");
  static final PersonId LIAISON_B = PersonId.parse("st-liaison-b");

  private ForumFixtures() {}

  /** A young person born on {@code birth}. */
  static Person youngPerson(PersonId id, LocalDate birth) {
    return Person.youngPerson(id, BirthInformation.ofDate(birth), Jurisdiction.ENGLAND);
  }

  /** A practitioner born in 1980. */
  static Person practitioner(PersonId id) {
    return Person.of(id, BirthInformation.ofDate(LocalDate.of(1980, 5, 5)), Jurisdiction.ENGLAND, Role.PRACTITIONER);
  }

  static Membership member(Forum forum, PersonId person) {
    return Membership.of(forum.id(), person, MembershipRole.MEMBER, Term.from(START));
  }

  static Membership member(Forum forum, PersonId person, MembershipRole role) {
    return Membership.of(forum.id(), person, role, Term.from(START));
  }

  static RepresentationLink link(PersonId member, Forum from, Forum to) {
    return RepresentationLink.of(member, from.id(), to.id(), Term.from(START));
  }

  /** Every fixture forum, nobody in them. */
  static ForumNetwork forums() {
    return ForumNetwork.empty().withForum(YAG).withForum(STEERING).withForum(PARTNER_STEERING)
        .withForum(ICS_BOARD).withForum(NATIONAL);
  }
}
