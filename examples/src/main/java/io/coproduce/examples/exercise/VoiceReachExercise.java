package io.coproduce.examples.exercise;

import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.forum.Forum;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.forum.ForumKind;
import io.coproduce.participation.forum.ForumNetwork;
import io.coproduce.participation.forum.ForumSources;
import io.coproduce.participation.forum.Hop;
import io.coproduce.participation.forum.Membership;
import io.coproduce.participation.forum.MembershipRole;
import io.coproduce.participation.forum.ReachedForum;
import io.coproduce.participation.forum.RepresentationLink;
import io.coproduce.participation.forum.Term;
import io.coproduce.participation.forum.TermEndReason;
import io.coproduce.participation.forum.VoiceReach;
import io.coproduce.participation.forum.YoungPeople;
import io.coproduce.participation.layer.Layer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Whose voice reached the national forum?": three made-up local youth groups, a local-system
 * forum, a national youth advisory group and a national board, with the representation links
 * between them on one date (one of them ended early). {@link ForumNetwork#voiceReach} answers
 * which forums each group's voice reaches and by whom; {@link ForumNetwork#representationGaps}
 * finds the forums at the local-system layer or above with no young people's representation.
 * Immutable and thread-safe.
 */
public final class VoiceReachExercise implements Exercise {

  /** The date the network is read on. */
  public static final LocalDate DATE = LocalDate.of(2026, 11, 23);

  /** The national youth advisory group the question is about. */
  public static final ForumId NATIONAL_FORUM = ForumId.parse("nyag");

  private static final ForumId NORTH = ForumId.parse("yag-north");
  private static final ForumId SOUTH = ForumId.parse("yag-south");
  private static final ForumId EAST = ForumId.parse("yag-east");
  private static final ForumId LOCAL = ForumId.parse("lsf-northshire");
  private static final ForumId BOARD = ForumId.parse("national-board");
  private static final LocalDate SINCE = LocalDate.of(2026, 1, 5);

  /** The exercise. */
  public VoiceReachExercise() {}

  @Override
  public String name() {
    return "voice-reach";
  }

  @Override
  public String question() {
    return "Whose voice reached the national forum?";
  }

  /** Returns the local youth groups whose voice the exercise follows. */
  public List<ForumId> localGroups() {
    return List.of(NORTH, SOUTH, EAST);
  }

  /** Returns the network of forums, memberships and links. */
  public ForumNetwork network() {
    List<Forum> forums = List.of(
        Forum.of(NORTH, OrganisationId.parse("org-riverside"), ForumKind.YOUTH_ADVISORY_GROUP, Layer.SERVICE,
            "Youth advisory group, north"),
        Forum.of(SOUTH, OrganisationId.parse("org-harbour"), ForumKind.YOUTH_ADVISORY_GROUP, Layer.SERVICE,
            "Youth advisory group, south"),
        Forum.of(EAST, OrganisationId.parse("org-meadow"), ForumKind.YOUTH_ADVISORY_GROUP, Layer.ORGANISATION,
            "Young people's panel, east"),
        Forum.of(LOCAL, OrganisationId.parse("la-northshire"), ForumKind.YOUTH_ADVISORY_GROUP, Layer.LOCAL_SYSTEM,
            "Northshire young people's forum"),
        Forum.of(NATIONAL_FORUM, OrganisationId.parse("org-coalition"), ForumKind.YOUTH_ADVISORY_GROUP, Layer.NATION,
            "National youth advisory group"),
        Forum.of(BOARD, OrganisationId.parse("org-coalition"), ForumKind.BOARD, Layer.NATION,
            "Coalition board"));
    List<Membership> memberships = List.of(
        Membership.of(NORTH, id("yp-ash-16"), MembershipRole.MEMBER, Term.from(SINCE)),
        Membership.of(SOUTH, id("yp-bay-15"), MembershipRole.MEMBER, Term.from(SINCE)),
        Membership.of(EAST, id("yp-cove-17"), MembershipRole.MEMBER, Term.from(SINCE)),
        Membership.of(LOCAL, id("yp-dell-19"), MembershipRole.CHAIR, Term.from(SINCE)),
        Membership.of(NATIONAL_FORUM, id("yp-fern-21"), MembershipRole.MEMBER, Term.from(SINCE)),
        Membership.of(BOARD, id("adult-board-01"), MembershipRole.CHAIR, Term.from(SINCE)),
        Membership.of(BOARD, id("adult-board-02"), MembershipRole.MEMBER, Term.from(SINCE)));
    List<RepresentationLink> links = List.of(
        RepresentationLink.of(id("yp-ash-16"), NORTH, LOCAL, Term.from(LocalDate.of(2026, 2, 2))),
        RepresentationLink.of(id("yp-bay-15"), SOUTH, LOCAL, Term.between(LocalDate.of(2026, 2, 2),
            LocalDate.of(2026, 12, 31)).endedEarly(LocalDate.of(2026, 9, 30), TermEndReason.MOVED_AWAY)),
        RepresentationLink.of(id("yp-dell-19"), LOCAL, NATIONAL_FORUM, Term.from(LocalDate.of(2026, 3, 2))));
    return ForumNetwork.of(forums, memberships, links);
  }

  /** Returns the records of who is a young person, as the host holds them. */
  public YoungPeople people() {
    return YoungPeople.of(List.of(
        young("yp-ash-16", 2010), young("yp-bay-15", 2011), young("yp-cove-17", 2009),
        young("yp-dell-19", 2007), young("yp-fern-21", 2005),
        Person.of(id("adult-board-01"), BirthInformation.ofYear(1970), Jurisdiction.ENGLAND, Role.PRACTITIONER),
        Person.of(id("adult-board-02"), BirthInformation.ofYear(1978), Jurisdiction.ENGLAND, Role.PRACTITIONER)));
  }

  /** Returns how far each local group's voice reaches on {@link #DATE}, in the order of {@link #localGroups()}. */
  public List<VoiceReach> answers() {
    ForumNetwork network = network();
    return localGroups().stream().map(g -> network.voiceReach(g, DATE)).toList();
  }

  /** Returns the forums at the local-system layer or above with no young people's representation on {@link #DATE}. */
  public List<Finding> gaps() {
    return network().representationGaps(Layer.LOCAL_SYSTEM, DATE, people());
  }

  @Override
  public void run(Transcript t) {
    ForumNetwork network = network();
    t.title(this);
    t.fact("Everyone here is made up; people are named by pseudonymous id only.");
    t.situation("the coalition's forums and who sits where on " + DATE);
    for (Forum f : network.forums()) {
      t.fact("forum " + f.id() + ": " + f.kind().label() + " at the " + f.layer().label() + " layer, held by "
          + f.organisation());
    }
    for (Forum f : network.forums()) {
      for (Membership m : network.membershipsOn(f.id(), DATE)) {
        t.fact(m.person() + " is " + m.role().label() + " of " + f.id());
      }
    }
    for (RepresentationLink l : network.links().stream()
        .sorted(java.util.Comparator.comparing((RepresentationLink x) -> x.member().value())).toList()) {
      t.fact(l.member() + " sits on " + l.to() + " for " + l.from() + ", term " + l.term()
          + (l.activeOn(DATE) ? "" : " (not active on " + DATE + ")"));
    }
    t.asks("whose voice reaches " + NATIONAL_FORUM + ", and which higher forums hear no young people?");

    List<VoiceReach> answers = answers();
    long reaching = answers.stream().filter(r -> r.reaches(NATIONAL_FORUM)).count();
    t.answer(reaching + " of " + answers.size() + " local groups reach " + NATIONAL_FORUM);
    for (VoiceReach reach : answers) {
      Optional<ReachedForum> national = reach.find(NATIONAL_FORUM);
      if (national.isPresent()) {
        StringBuilder path = new StringBuilder(reach.origin().value());
        for (Hop h : national.get().path()) {
          path.append(" -(").append(h.member()).append(")-> ").append(h.to());
        }
        t.detail(reach.origin() + " reaches " + NATIONAL_FORUM + " in " + national.get().distance() + " hops: "
            + path + "; layers " + national.get().layersOnPath());
      } else if (reach.reached().isEmpty()) {
        t.detail(reach.origin() + " reaches no other forum on " + DATE + ": its voice stays in the room");
      } else {
        t.detail(reach.origin() + " reaches " + reach.forums() + " but not " + NATIONAL_FORUM);
      }
    }
    t.detail("source: " + ForumSources.VOICE_REACH);
    for (Finding f : gaps()) {
      t.reason(f.severity().name(), f.reason());
    }
    t.end();
  }

  private static PersonId id(String value) {
    return PersonId.parse(value);
  }

  private static Person young(String id, int born) {
    return Person.youngPerson(id(id), BirthInformation.ofDate(LocalDate.of(born, 3, 15)), Jurisdiction.ENGLAND);
  }
}
