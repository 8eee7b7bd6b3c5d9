package io.coproduce.participation.quality;

import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.forum.Forum;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.forum.ForumKind;
import io.coproduce.participation.forum.ForumNetwork;
import io.coproduce.participation.forum.Membership;
import io.coproduce.participation.forum.MembershipRole;
import io.coproduce.participation.forum.Term;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.process.CoproductionProcess;
import io.coproduce.participation.process.ParticipationLevel;
import io.coproduce.participation.process.Phase;
import io.coproduce.participation.process.ProcessId;
import io.coproduce.participation.process.ProcessKind;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.AdultRole;
import io.coproduce.participation.session.SessionFormat;
import io.coproduce.participation.session.SessionId;
import io.coproduce.participation.session.SessionMethod;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.vetting.VettingCheck;
import io.coproduce.participation.vetting.VettingLevel;
import io.coproduce.participation.voice.Attribution;
import io.coproduce.participation.voice.Contribution;
import io.coproduce.participation.voice.ContributionId;
import io.coproduce.participation.voice.ContributionKind;
import io.coproduce.participation.voice.Decision;
import io.coproduce.participation.voice.DecisionId;
import io.coproduce.participation.voice.DecisionMaker;
import io.coproduce.participation.voice.DecisionOutcome;
import io.coproduce.participation.voice.Feedback;
import io.coproduce.participation.voice.VoiceRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small synthetic world for quality tests: a service redesign with three phases (the first
 * ran in March and April 2026), a youth advisory group of young people, a steering group of
 * adults with a young person's seat, a young people's board, a decision-maker, and short ways
 * to hold sessions, contribute, decide and give feedback. Feedback is due 28 days after a
 * contribution (the library default). Not thread-safe.
 */
final class QualityWorld {

  static final OrganisationId ORG = OrganisationId.parse("org-north");
  /** Where most things are assessed: 1 September 2026, after everything below. */
  static final Instant AT = Instant.parse("2026-09-01T12:00:00Z");
  /** During the first phase. */
  static final Instant EARLY = Instant.parse("2026-03-10T10:00:00Z");
  /** During the second phase. */
  static final Instant LATER = Instant.parse("2026-05-20T10:00:00Z");
  static final Instant FIRST_CLOSED = Instant.parse("2026-04-30T17:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final ForumId YAG = ForumId.parse("forum-yag");
  static final ForumId STEERING = ForumId.parse("forum-steering");
  static final ForumId YOUTH_BOARD = ForumId.parse("forum-youth-board");
  static final ForumId ADULT_BOARD = ForumId.parse("forum-adult-board");
  static final ForumId OTHER = ForumId.parse("forum-other");
  static final ForumId PARTNERSHIP = ForumId.parse("forum-partnership");
  static final String EASY = "We did it. Thank you.";

  static final Person YP1 = young("yp-1", 15);
  static final Person YP2 = young("yp-2", 17);
  static final Person YP3 = young("yp-3", 19);
  static final Person YP4 = young("yp-4", 14);
  static final Person CHAIR = young("yp-chair", 20);
  static final Person DM = adult("dm-1", Role.DECISION_MAKER);
  static final Person LEAD = adult("lead-1", Role.PRACTITIONER);
  static final Person PARENT = adult("mum-1", Role.PARENT_OR_CARER);
  static final PersonId NOBODY = PersonId.parse("pp-unknown");

  static final Phase DISCOVERY = Phase.of("discovery", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30),
      ParticipationLevel.CO_DESIGN);
  static final Phase DESIGN = Phase.of("design", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26),
      ParticipationLevel.CO_PRODUCE);
  static final Phase TEST = Phase.of("test", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31),
      ParticipationLevel.CONSULT);

  /** A planned process: no phase has run. */
  static CoproductionProcess plannedProcess() {
    return CoproductionProcess.plan(ProcessId.parse("proc-redesign"), ProcessKind.SERVICE_REDESIGN, List.of(ORG),
        List.of(DISCOVERY, DESIGN, TEST));
  }

  /** The process whose first phase ran from 2 March to 30 April 2026, and whose second started 4 May. */
  static CoproductionProcess process() {
    return plannedProcess().startPhase("discovery", Instant.parse("2026-03-02T09:00:00Z"))
        .closePhase("discovery", FIRST_CLOSED).startPhase("design", Instant.parse("2026-05-04T09:00:00Z"));
  }

  static Person young(String id, int age) {
    return Person.youngPerson(PersonId.parse(id), BirthInformation.ofDate(TODAY.minusYears(age).minusDays(40)),
        Jurisdiction.ENGLAND);
  }

  static Person adult(String id, Role role) {
    return Person.of(PersonId.parse(id), BirthInformation.ofDate(LocalDate.of(1980, 3, 3)), Jurisdiction.ENGLAND,
        role);
  }

  static AdultAttendee staff(String id) {
    return AdultAttendee.of(adult(id, Role.FACILITATOR), AdultRole.STAFF,
        VettingCheck.of(VettingLevel.ENHANCED_WITH_CHILDRENS_BARRED_LIST, TODAY.minusYears(1)));
  }

  static AdultAttendee guest(Person p) {
    return AdultAttendee.of(p, AdultRole.GUEST, VettingCheck.none());
  }

  static ContributionId cid(String id) {
    return ContributionId.parse(id);
  }

  static DecisionId did(String id) {
    return DecisionId.parse(id);
  }

  static SessionId sid(String id) {
    return SessionId.parse(id);
  }

  /** A two-hour workshop plan. */
  static SessionPlan plan(String id, Instant start, List<Person> youngPeople, List<AdultAttendee> adults,
      Purpose... purposes) {
    return SessionPlan.builder(sid(id), ORG, start, Duration.ofHours(2), SessionFormat.IN_PERSON,
        SessionMethod.WORKSHOP).youngPeople(youngPeople).adults(adults).purposes(Arrays.asList(purposes)).build();
  }

  static SessionCheck clear(SessionPlan plan) {
    return new SessionCheck(plan.id(), plan.start(), List.of(Finding.of(Severity.ADVICE,
        Reason.of("access.unmet-need", "advice only", RuleSource.libraryDefault("test")))));
  }

  static SessionCheck blocked(SessionPlan plan) {
    return new SessionCheck(plan.id(), plan.start(), List.of(Finding.of(Severity.BLOCKER,
        Reason.of("supervision.ratio", "too few adults", RuleSource.libraryDefault("test")))));
  }

  /**
   * The forums, on every day of 2026: the youth advisory group (three young members and a
   * facilitator), the steering group (the decision-maker chairs, the lead is a member, yp-1 holds
   * a youth representative's seat), the young people's board (chaired by yp-chair, with yp-3),
   * an adults' board (the decision-maker and the lead), a partnership board co-chaired by the
   * decision-maker and yp-chair (with the lead), and another forum with no one in it.
   */
  static ForumNetwork network() {
    Term year = Term.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    return ForumNetwork.of(
        List.of(Forum.of(YAG, ORG, ForumKind.YOUTH_ADVISORY_GROUP, Layer.SERVICE, "Youth advisory group"),
            Forum.of(STEERING, ORG, ForumKind.STEERING_GROUP, Layer.SERVICE, "Steering group"),
            Forum.of(YOUTH_BOARD, ORG, ForumKind.BOARD, Layer.ORGANISATION, "Young people's board"),
            Forum.of(ADULT_BOARD, ORG, ForumKind.BOARD, Layer.ORGANISATION, "Trustees"),
            Forum.of(OTHER, ORG, ForumKind.PANEL, Layer.SERVICE, "Another panel"),
            Forum.of(PARTNERSHIP, ORG, ForumKind.BOARD, Layer.LOCAL_SYSTEM, "Partnership board")),
        List.of(Membership.of(YAG, YP1.id(), MembershipRole.MEMBER, year),
            Membership.of(YAG, YP2.id(), MembershipRole.MEMBER, year),
            Membership.of(YAG, YP3.id(), MembershipRole.MEMBER, year),
            Membership.of(YAG, LEAD.id(), MembershipRole.FACILITATOR, year),
            Membership.of(STEERING, DM.id(), MembershipRole.CHAIR, year),
            Membership.of(STEERING, LEAD.id(), MembershipRole.MEMBER, year),
            Membership.of(STEERING, YP1.id(), MembershipRole.YOUTH_REPRESENTATIVE, year),
            Membership.of(YOUTH_BOARD, CHAIR.id(), MembershipRole.CHAIR, year),
            Membership.of(YOUTH_BOARD, YP3.id(), MembershipRole.MEMBER, year),
            Membership.of(ADULT_BOARD, DM.id(), MembershipRole.MEMBER, year),
            Membership.of(ADULT_BOARD, LEAD.id(), MembershipRole.CHAIR, year),
            Membership.of(PARTNERSHIP, DM.id(), MembershipRole.CO_CHAIR, year),
            Membership.of(PARTNERSHIP, LEAD.id(), MembershipRole.MEMBER, year),
            Membership.of(PARTNERSHIP, CHAIR.id(), MembershipRole.CO_CHAIR, year)),
        List.of());
  }

  // The facts being put together.
  QualityScope scope = QualityScope.ofProcess(process(), List.of(YAG));
  Instant at = AT;
  Initiator initiator = Initiator.ADULTS;
  ForumNetwork network = network();
  final List<Person> people = new ArrayList<>(List.of(YP1, YP2, YP3, YP4, CHAIR, DM, LEAD, PARENT));
  final List<HeldSession> sessions = new ArrayList<>();
  final List<Contribution> contributions = new ArrayList<>();
  final List<Decision> decisions = new ArrayList<>();
  final List<Feedback> feedback = new ArrayList<>();

  /** Holds a checked, clear workshop. */
  SessionPlan held(String id, Instant start, Person... youngPeople) {
    SessionPlan p = plan(id, start, List.of(youngPeople), List.of(staff("st-" + id + "-a"), staff("st-" + id + "-b")));
    sessions.add(HeldSession.checked(p, clear(p)));
    return p;
  }

  /** Holds a session as given. */
  QualityWorld session(HeldSession s) {
    sessions.add(s);
    return this;
  }

  /** An idea by {@code by} in session {@code session}, made an hour after {@code start}. */
  Contribution said(String id, Person by, SessionPlan session) {
    Contribution c = Contribution.inSession(cid(id), ContributionKind.IDEA, by.id(), session.id(),
        session.start().plus(Duration.ofHours(1)), Attribution.ANONYMOUS);
    contributions.add(c);
    return c;
  }

  /** An idea by {@code by} in forum {@code forum} at {@code at}. */
  Contribution saidIn(String id, PersonId by, ForumId forum, Instant when) {
    Contribution c = Contribution.inForum(cid(id), ContributionKind.PRIORITY, by, forum, when, Attribution.ANONYMOUS);
    contributions.add(c);
    return c;
  }

  /** Records that {@code c} was published {@code days} after it was made; returns the published copy. */
  Contribution published(Contribution c, int days) {
    Contribution p = c.withPublishedAt(c.at().plus(Duration.ofDays(days)));
    contributions.set(contributions.indexOf(c), p);
    return p;
  }

  Decision decided(String id, DecisionMaker maker, Instant when, Contribution... cited) {
    Decision d = Decision.of(did(id), maker, when, DecisionOutcome.ADOPTED, "We will open on Saturdays.",
        Arrays.stream(cited).map(Contribution::id).toList());
    decisions.add(d);
    return d;
  }

  /** A decision by the commissioner's role, a week after the last contribution it cites. */
  Decision decided(String id, Contribution... cited) {
    Instant latest = Arrays.stream(cited).map(Contribution::at).max(Instant::compareTo).orElse(EARLY);
    return decided(id, DecisionMaker.role("commissioner"), latest.plus(Duration.ofDays(7)), cited);
  }

  /** Feedback on {@code c} {@code days} after it was made. */
  QualityWorld toldAfter(Contribution c, int days) {
    feedback.add(Feedback.of(c.id(), c.at().plus(Duration.ofDays(days)), EASY));
    return this;
  }

  VoiceRecord voice() {
    return VoiceRecord.empty().withAll(contributions, decisions, feedback);
  }

  QualityFacts facts() {
    return QualityFacts.builder(scope, at).initiatedBy(initiator).voice(voice()).network(network).people(people)
        .sessions(sessions).build();
  }

  ParticipationQuality quality() {
    return ParticipationQuality.of(facts());
  }
}
