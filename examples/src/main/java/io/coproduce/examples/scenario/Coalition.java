package io.coproduce.examples.scenario;

import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.person.Person;
import io.coproduce.participation.forum.Forum;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.forum.ForumKind;
import io.coproduce.participation.forum.ForumNetwork;
import io.coproduce.participation.forum.Membership;
import io.coproduce.participation.forum.MembershipRole;
import io.coproduce.participation.forum.RepresentationLink;
import io.coproduce.participation.forum.Term;
import io.coproduce.participation.joint.JointArea;
import io.coproduce.participation.joint.JointAreaId;
import io.coproduce.participation.joint.JointArrangement;
import io.coproduce.participation.joint.MembershipGroup;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.process.CoproductionProcess;
import io.coproduce.participation.process.ParticipationLevel;
import io.coproduce.participation.process.Phase;
import io.coproduce.participation.process.ProcessId;
import io.coproduce.participation.process.ProcessKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The coalition's structure: member organisations, forums at each layer (local youth groups, a
 * forum per local system, a national youth advisory group, and two membership groups' steering
 * groups), who sits on them, the representation links between them, and the processes they run.
 */
final class Coalition {

  private static final String[] PREFIXES = {"Ash", "Bram", "Cinder", "Dun", "Elder", "Fern", "Glen", "Holl",
      "Kestrel", "Lark", "Marl", "Nettle", "Oakhal", "Pell", "Quill", "Rook", "Sedge", "Thorn", "Umber", "Wren"};
  private static final String[] SUFFIXES = {"vale", "ford", "moor", "wick", "leigh", "by", "mere", "stow", "ton",
      "holm"};

  static final OrganisationId COALITION = OrganisationId.parse("org-coalition");
  static final OrganisationId NORTH = OrganisationId.parse("mg-north");
  static final OrganisationId SOUTH = OrganisationId.parse("mg-south");
  static final ForumId NATIONAL = ForumId.parse("f-national-yag");
  static final ForumId NORTH_STEERING = ForumId.parse("f-steering-north");
  static final ForumId SOUTH_STEERING = ForumId.parse("f-steering-south");
  static final ProcessId STRATEGY = ProcessId.parse("p-national-strategy");
  static final ProcessId JOINT_RESPONSE = ProcessId.parse("p-joint-response");

  final List<Organisation> organisations = new ArrayList<>();
  final List<Forum> forums = new ArrayList<>();
  final List<Membership> memberships = new ArrayList<>();
  final List<RepresentationLink> links = new ArrayList<>();
  final List<Person> members = new ArrayList<>();
  final List<CoproductionProcess> processes = new ArrayList<>();
  final List<MembershipGroup> groups;
  final JointArrangement joint;
  final ForumNetwork network;

  private final Set<Integer> seated = new HashSet<>();

  Coalition(long seed, ScenarioSize size, People people) {
    SplittableRandom r = Randoms.of(seed, Randoms.COALITION, 0);
    Sampler sampler = new Sampler(people);
    LocalDate start = Scenario.WINDOW_START;
    organisations.add(Organisation.of(COALITION, OrganisationKind.NATIONAL_CHARITY,
        io.coproduce.core.jurisdiction.Jurisdiction.ENGLAND, "Coproduce Coalition (fictional)", -1));
    organisations.add(Organisation.of(NORTH, OrganisationKind.MEMBERSHIP_GROUP,
        io.coproduce.core.jurisdiction.Jurisdiction.ENGLAND, "Northern members' network (fictional)", -1));
    organisations.add(Organisation.of(SOUTH, OrganisationKind.MEMBERSHIP_GROUP,
        io.coproduce.core.jurisdiction.Jurisdiction.WALES, "Southern members' network (fictional)", -1));
    forums.add(Forum.of(NATIONAL, COALITION, ForumKind.YOUTH_ADVISORY_GROUP, Layer.NATION,
        "National youth advisory group"));
    forums.add(Forum.of(NORTH_STEERING, NORTH, ForumKind.STEERING_GROUP, Layer.REGION, "Northern steering group"));
    forums.add(Forum.of(SOUTH_STEERING, SOUTH, ForumKind.STEERING_GROUP, Layer.REGION, "Southern steering group"));
    List<OrganisationId> northMembers = new ArrayList<>();
    List<OrganisationId> southMembers = new ArrayList<>();
    for (int s = 0; s < size.localSystems(); s++) {
      String place = place(s);
      var nation = people.nationOf(s);
      OrganisationId la = People.authorityOf(s);
      organisations.add(Organisation.of(la, OrganisationKind.LOCAL_AUTHORITY, nation, place + " Council", s));
      (s % 2 == 0 ? northMembers : southMembers).add(la);
      ForumId system = systemForum(s);
      forums.add(Forum.of(system, la, ForumKind.PANEL, Layer.LOCAL_SYSTEM, place + " young people's panel"));
      LocalDate systemFrom = start.plusDays(s % 10);
      Profile nationalRep = null;
      for (int g = 0; g < size.groupsPerSystem(); g++) {
        OrganisationKind kind = switch ((s + g) % 3) {
          case 0 -> OrganisationKind.LOCAL_CHARITY;
          case 1 -> OrganisationKind.SCHOOL;
          default -> OrganisationKind.SERVICE;
        };
        OrganisationId org = groupOrganisation(s, g);
        String label = place + switch (kind) {
          case LOCAL_CHARITY -> " Youth Trust";
          case SCHOOL -> " Academy";
          default -> " Young Minds Service";
        };
        organisations.add(Organisation.of(org, kind, nation, label, s));
        (s % 2 == 0 ? northMembers : southMembers).add(org);
        ForumId group = groupForum(s, g);
        forums.add(Forum.of(group, org, ForumKind.YOUTH_ADVISORY_GROUP,
            kind == OrganisationKind.SERVICE ? Layer.SERVICE : Layer.ORGANISATION, label + " youth group"));
        LocalDate from = systemFrom.plusDays(r.nextInt(20));
        final int system0 = s;
        List<Profile> seatedHere = sampler.draw(r, 4 + r.nextInt(5),
            p -> memberAge(p) && p.localSystem() == system0, Coalition::memberAge, seated);
        for (Profile p : seatedHere) {
          memberships.add(Membership.of(group, p.person().id(), MembershipRole.MEMBER, Term.from(from)));
          members.add(p.person());
        }
        Profile rep = seatedHere.get(0);
        LocalDate repFrom = from.plusDays(14);
        memberships.add(Membership.of(system, rep.person().id(), MembershipRole.YOUTH_REPRESENTATIVE,
            Term.from(repFrom)));
        links.add(RepresentationLink.of(rep.person().id(), group, system, Term.from(repFrom)));
        if (nationalRep == null) {
          nationalRep = rep;
          LocalDate natFrom = repFrom.plusDays(14);
          memberships.add(Membership.of(NATIONAL, rep.person().id(), MembershipRole.YOUTH_REPRESENTATIVE,
              Term.from(natFrom)));
          links.add(RepresentationLink.of(rep.person().id(), system, NATIONAL, Term.from(natFrom)));
        }
      }
      processes.add(redesign(s, la, groupOrganisation(s, 0)));
    }
    Set<Integer> steering = new HashSet<>();
    List<Profile> north = sampler.draw(r, 4, p -> p.clean() && youngAdult(p), steering);
    List<Profile> south = sampler.draw(r, 4, p -> p.clean() && youngAdult(p), steering);
    steering(NORTH_STEERING, SOUTH_STEERING, north);
    steering(SOUTH_STEERING, NORTH_STEERING, south);
    groups = List.of(MembershipGroup.of(NORTH, NORTH_STEERING, northMembers),
        MembershipGroup.of(SOUTH, SOUTH_STEERING, southMembers));
    processes.add(strategy());
    CoproductionProcess response = jointResponse();
    processes.add(response);
    joint = JointArrangement.between(groups.get(0), groups.get(1))
        .withArea(JointArea.from(JointAreaId.parse("ja-waiting-times"), "Waiting times for mental-health support",
            List.of(), start))
        .withResponse(response);
    network = ForumNetwork.of(forums, memberships, links);
  }

  private void steering(ForumId own, ForumId partner, List<Profile> seatedHere) {
    LocalDate from = Scenario.WINDOW_START;
    boolean chair = true;
    for (Profile p : seatedHere) {
      memberships.add(Membership.of(own, p.person().id(), chair ? MembershipRole.CHAIR : MembershipRole.MEMBER,
          Term.from(from)));
      members.add(p.person());
      chair = false;
    }
    Profile liaison = seatedHere.get(1);
    LocalDate liaisonFrom = from.plusDays(7);
    memberships.add(Membership.of(partner, liaison.person().id(), MembershipRole.LIAISON, Term.from(liaisonFrom)));
    links.add(RepresentationLink.of(liaison.person().id(), own, partner, Term.from(liaisonFrom)));
  }

  private static boolean memberAge(Profile p) {
    int age = ageOn(p, Scenario.REFERENCE_DATE);
    return p.clean() && age >= 11 && age <= 23;
  }

  private static boolean youngAdult(Profile p) {
    int age = ageOn(p, Scenario.REFERENCE_DATE);
    return age >= 18 && age <= 24;
  }

  static int ageOn(Profile p, LocalDate day) {
    return p.person().ageOn(day).years();
  }

  static String place(int s) {
    return PREFIXES[s % PREFIXES.length] + SUFFIXES[(s / PREFIXES.length + 3 * s) % SUFFIXES.length];
  }

  static ForumId systemForum(int s) {
    return ForumId.parse(String.format(Locale.ROOT, "f-ls%02d-panel", s));
  }

  static ForumId groupForum(int s, int g) {
    return ForumId.parse(String.format(Locale.ROOT, "f-ls%02d-g%d", s, g));
  }

  static OrganisationId groupOrganisation(int s, int g) {
    return OrganisationId.parse(String.format(Locale.ROOT, "org-ls%02d-g%d", s, g));
  }

  static ProcessId redesignOf(int s) {
    return ProcessId.parse(String.format(Locale.ROOT, "p-ls%02d-redesign", s));
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
  }

  private static CoproductionProcess redesign(int s, OrganisationId la, OrganisationId service) {
    LocalDate d = Scenario.WINDOW_START.plusDays(s % 15);
    CoproductionProcess p = CoproductionProcess.plan(redesignOf(s), ProcessKind.SERVICE_REDESIGN, List.of(la, service),
        List.of(Phase.of("Discover", d, d.plusDays(89), ParticipationLevel.CONSULT),
            Phase.of("Design", d.plusDays(90), d.plusDays(209), ParticipationLevel.CO_DESIGN),
            Phase.of("Deliver", d.plusDays(210), d.plusDays(420), ParticipationLevel.CO_PRODUCE)));
    return p.startPhase("Discover", at(d, 9)).closePhase("Discover", at(d.plusDays(89), 17))
        .startPhase("Design", at(d.plusDays(90), 9)).closePhase("Design", at(d.plusDays(209), 17))
        .startPhase("Deliver", at(d.plusDays(210), 9));
  }

  private static CoproductionProcess strategy() {
    LocalDate d = Scenario.WINDOW_START;
    CoproductionProcess p = CoproductionProcess.plan(STRATEGY, ProcessKind.STRATEGY, List.of(COALITION),
        List.of(Phase.of("Listen", d, d.plusDays(150), ParticipationLevel.CONSULT),
            Phase.of("Shape", d.plusDays(151), d.plusDays(300), ParticipationLevel.CO_DESIGN),
            Phase.of("Agree", d.plusDays(301), d.plusDays(480), ParticipationLevel.CO_PRODUCE)));
    return p.startPhase("Listen", at(d, 9)).closePhase("Listen", at(d.plusDays(150), 17))
        .startPhase("Shape", at(d.plusDays(151), 9)).closePhase("Shape", at(d.plusDays(300), 17))
        .startPhase("Agree", at(d.plusDays(301), 9));
  }

  private static CoproductionProcess jointResponse() {
    LocalDate d = Scenario.WINDOW_START.plusDays(30);
    CoproductionProcess p = CoproductionProcess.plan(JOINT_RESPONSE, ProcessKind.JOINT_CONSULTATION_RESPONSE,
        List.of(NORTH, SOUTH), List.of(Phase.of("Gather views", d, d.plusDays(50), ParticipationLevel.CONSULT),
            Phase.of("Draft together", d.plusDays(51), d.plusDays(90), ParticipationLevel.CO_PRODUCE)));
    return p.startPhase("Gather views", at(d, 9)).closePhase("Gather views", at(d.plusDays(50), 17))
        .startPhase("Draft together", at(d.plusDays(51), 9)).closePhase("Draft together", at(d.plusDays(90), 17));
  }
}
