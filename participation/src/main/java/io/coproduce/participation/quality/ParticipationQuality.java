package io.coproduce.participation.quality;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.consent.purpose.PurposeKind;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.core.rule.Reason;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.forum.ForumNetwork;
import io.coproduce.participation.forum.ForumSources;
import io.coproduce.participation.forum.Membership;
import io.coproduce.participation.forum.MembershipRole;
import io.coproduce.participation.forum.YoungPeople;
import io.coproduce.participation.process.CoproductionProcess;
import io.coproduce.participation.process.PhaseRun;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.SessionId;
import io.coproduce.participation.vetting.FrequencyTest;
import io.coproduce.participation.voice.Contribution;
import io.coproduce.participation.voice.ContributionId;
import io.coproduce.participation.voice.Decision;
import io.coproduce.participation.voice.DecisionId;
import io.coproduce.participation.voice.FeedbackStatus;
import io.coproduce.participation.voice.VoiceRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;

/**
 * Participation quality computed from facts: the Lundy model's four elements, the rung of Hart's
 * ladder, the level of Shier's pathways, and findings of tokenism, decoration and manipulation,
 * for the process or forum a {@link QualityFacts} describes, at its instant. Immutable and
 * thread-safe; every query answers alike for equal facts, whatever order they were built in.
 *
 * <p>Throughout, a <em>young person</em> is someone the forum module's rule counts on the day in
 * question ({@link YoungPeople}, {@link ForumSources#YOUNG_PERSON}), a <em>decision-maker</em>
 * someone whose record has {@link Role#DECISION_MAKER}, days are read on the UK's clock ({@link
 * FrequencyTest#UK}), and only what had happened by the instant counts. The contributions and
 * decisions in scope are as {@link QualityScope} says. "Attended" means named among the young
 * people of a session plan that had started (the library holds no attendance register).
 *
 * <h2>Lundy (Lundy 2007, {@link QualityRules#LUNDY_SOURCE})</h2>
 *
 * <ul>
 *   <li><b>Space.</b> Silent when no session had been held, or none with young people taking part
 *       was checked. Otherwise NOT_MET when no young person took part in any session, or every
 *       checked session with young people had a blocker; MET when every session with young people
 *       was checked and clear and, for a process, at least one clear one was held early (before
 *       the first phase that ran closed; before the end of the first planned phase if none has
 *       run); PARTLY_MET otherwise.
 *   <li><b>Voice.</b> Silent when nothing happened in scope (no session held, no contribution
 *       made). NOT_MET when no young person contributed; MET when young people contributed and
 *       at least half of the young people who attended sessions were among them (all of them
 *       when no one attended a session, {@link QualityRules#VOICE_SHARE_SOURCE}); PARTLY_MET
 *       when fewer did.
 *   <li><b>Audience.</b> Silent as voice. A young person's contribution reached an audience when
 *       a decision cites it, or a decision-maker was at the session it was made in (among the
 *       plan's adults), or held a seat of any kind in the forum it was made in on that day. MET
 *       when every young person's contribution reached one, PARTLY_MET when some did, NOT_MET
 *       when none did or there were none.
 *   <li><b>Influence.</b> Silent as voice. Of the young people's contributions a decision cites:
 *       MET when the first feedback on every one came by its deadline ({@link
 *       VoiceRecord#feedbackStatus}), PARTLY_MET when on some, NOT_MET when on none, or when no
 *       decision cites a young person's contribution. Feedback still within its deadline is not
 *       yet on time.
 * </ul>
 *
 * <p>Declarations combine with the computed statuses as {@link ElementAssessment} says.
 *
 * <h2>Hart (Hart 1992, {@link QualityRules#HART_SOURCE})</h2>
 *
 * <p>No rung when no young person took part (attended, contributed, or sat with a voice in a
 * forum that decided). Otherwise the highest rung the facts support, read from the top:
 * <ol>
 *   <li>a decision in scope taken by a forum in which young people sat with a voice on that day
 *       ({@link ForumNetwork#hasYoungPeoplesRepresentation}) is a <em>shared</em> decision, and
 *       one taken by a young people's forum ({@link ForumNetwork#isYoungPeoplesForum}) a
 *       <em>directed</em> one. Initiated by young people: 8 when a decision was shared with
 *       adults (not directed), else 7 when one was directed. Initiated by adults, or not
 *       recorded ({@link QualityRules#UNKNOWN_INITIATOR_SOURCE}): 6 when a decision was shared
 *       or directed;
 *   <li>5 (consulted and informed) when a decision cites a young person's contribution and, of
 *       the cited ones, none has overdue feedback and at least one has had feedback;
 *   <li>4 (assigned but informed) when, of all young people's contributions, none has overdue
 *       feedback and at least one has had feedback;
 *   <li>otherwise non-participation: 1 (manipulation) when a young person's contribution was
 *       published though no decision cites it and they had no feedback on it; else 2
 *       (decoration) when a session planned photographs or video and some young people there
 *       made no contribution; else 3 (tokenism).
 * </ol>
 * The non-participation patterns are also reported as findings ({@link #tokenism()}) whatever
 * rung is reached.
 *
 * <h2>Shier (Shier 2001, {@link QualityRules#SHIER_SOURCE})</h2>
 *
 * <ol>
 *   <li>listened to: a young person made a contribution;
 *   <li>supported to express views: a young person contributed in a session that was checked
 *       and clear (the check covers ratios, access needs and age-appropriate engagement);
 *   <li>views taken into account: a decision cites a young person's contribution;
 *   <li>involved in decision-making: a shared decision, as for Hart;
 *   <li>share power and responsibility: a decision by a young people's forum, or by a forum a
 *       young person chaired or co-chaired on that day.
 * </ol>
 * The level reached is the highest shown; every level has a reason, shown or not.
 */
public final class ParticipationQuality {

  private static final Comparator<PersonId> PERSON_ORDER = Comparator.comparing(PersonId::value);
  private static final Comparator<ContributionId> CONTRIBUTION_ORDER = Comparator.comparing(ContributionId::value);

  private final QualityFacts facts;
  private final QualityScope scope;
  private final Instant at;
  private final VoiceRecord voice;
  private final ForumNetwork network;
  private final YoungPeople youngPeople;
  private final Map<PersonId, Person> records;
  private final Map<SessionId, HeldSession> sessions;
  /** Sessions that had started by the instant, in id order, with the young people who attended each. */
  private final Map<HeldSession, SortedSet<PersonId>> held;
  private final SortedSet<PersonId> attendees;
  /** Contributions in scope made by the instant, in id order. */
  private final List<Contribution> contributions;
  /** Those of them made by young people. */
  private final List<Contribution> young;
  /** Decisions in scope taken by the instant, in id order. */
  private final List<Decision> decisions;
  /** For each young person's contribution, the decisions in scope that cite it. */
  private final Map<ContributionId, SortedSet<DecisionId>> citedBy;

  private ParticipationQuality(QualityFacts facts) {
    this.facts = facts;
    this.scope = facts.scope();
    this.at = facts.at();
    this.voice = facts.voice();
    this.network = facts.network();
    List<Person> all = facts.records();
    this.youngPeople = YoungPeople.of(all);
    Map<PersonId, Person> byId = new HashMap<>();
    for (Person p : all) {
      byId.put(p.id(), p);
    }
    this.records = ImmutableMap.copyOf(byId);
    Map<SessionId, HeldSession> sessionsById = new LinkedHashMap<>();
    Map<HeldSession, SortedSet<PersonId>> started = new LinkedHashMap<>();
    SortedSet<PersonId> everyone = new TreeSet<>(PERSON_ORDER);
    for (HeldSession s : facts.sessions()) {
      sessionsById.put(s.id(), s);
      if (s.plan().start().isAfter(at)) {
        continue;
      }
      SortedSet<PersonId> there = new TreeSet<>(PERSON_ORDER);
      for (Person p : s.plan().youngPeople()) {
        if (youngPeople.isYoungPersonOn(p.id(), s.plan().day())) {
          there.add(p.id());
        }
      }
      started.put(s, ImmutableSortedSet.copyOfSorted(there));
      everyone.addAll(there);
    }
    this.sessions = ImmutableMap.copyOf(sessionsById);
    this.held = ImmutableMap.copyOf(started);
    this.attendees = ImmutableSortedSet.copyOfSorted(everyone);
    List<Contribution> inScope = new ArrayList<>();
    List<Contribution> byYoung = new ArrayList<>();
    Set<ContributionId> ids = new TreeSet<>(CONTRIBUTION_ORDER);
    for (Contribution c : voice.contributions()) {
      boolean counts = c.sessionId().map(sessions::containsKey).orElse(false)
          || c.forumId().map(scope::includes).orElse(false);
      if (!counts || c.at().isAfter(at)) {
        continue;
      }
      inScope.add(c);
      ids.add(c.id());
      if (youngPeople.isYoungPersonOn(c.contributor(), day(c.at()))) {
        byYoung.add(c);
      }
    }
    this.contributions = ImmutableList.copyOf(inScope);
    this.young = ImmutableList.copyOf(byYoung);
    List<Decision> taken = new ArrayList<>();
    Map<ContributionId, SortedSet<DecisionId>> cited = new HashMap<>();
    for (Contribution c : young) {
      cited.put(c.id(), new TreeSet<>(Comparator.comparing(DecisionId::value)));
    }
    for (Decision d : voice.decisions()) {
      if (d.at().isAfter(at)) {
        continue;
      }
      boolean counts = d.informedBy().stream().anyMatch(ids::contains)
          || d.maker().forumId().map(scope::includes).orElse(false);
      if (!counts) {
        continue;
      }
      taken.add(d);
      for (ContributionId c : d.informedBy()) {
        SortedSet<DecisionId> by = cited.get(c);
        if (by != null) {
          by.add(d.id());
        }
      }
    }
    this.decisions = ImmutableList.copyOf(taken);
    Map<ContributionId, SortedSet<DecisionId>> frozen = new HashMap<>();
    cited.forEach((c, by) -> frozen.put(c, ImmutableSortedSet.copyOfSorted(by)));
    this.citedBy = ImmutableMap.copyOf(frozen);
  }

  /** The quality of what {@code facts} describe. */
  public static ParticipationQuality of(QualityFacts facts) {
    return new ParticipationQuality(Objects.requireNonNull(facts, "facts"));
  }

  /** Returns the facts read. */
  public QualityFacts facts() {
    return facts;
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, FrequencyTest.UK);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private boolean somethingHappened() {
    return !held.isEmpty() || !contributions.isEmpty();
  }

  private boolean isCited(Contribution c) {
    return !citedBy.get(c.id()).isEmpty();
  }

  private List<DecisionId> citingDecisions() {
    SortedSet<DecisionId> out = new TreeSet<>(Comparator.comparing(DecisionId::value));
    for (SortedSet<DecisionId> by : citedBy.values()) {
      out.addAll(by);
    }
    return ImmutableList.copyOf(out);
  }

  private List<ContributionId> idsOf(Collection<Contribution> cs) {
    return cs.stream().map(Contribution::id).collect(ImmutableList.toImmutableList());
  }

  private SortedSet<PersonId> contributorsOf(Collection<Contribution> cs) {
    SortedSet<PersonId> out = new TreeSet<>(PERSON_ORDER);
    for (Contribution c : cs) {
      out.add(c.contributor());
    }
    return out;
  }

  /** What the facts say about one element: a status, or {@code null} when they cannot answer. */
  private record Computed(ElementStatus status, Evidence evidence, List<Reason> reasons) {}

  private Computed computed(LundyElement element, ElementStatus status, Evidence evidence, String explanation) {
    return new Computed(status, evidence, List.of(Reason.of(element.rule(), explanation, QualityRules.LUNDY_SOURCE)));
  }

  // ---------------------------------------------------------------------------------------------
  // Lundy

  /** Returns the Lundy model computed from the facts alone, with no declarations. */
  public LundyAssessment lundy() {
    return lundy(List.of());
  }

  /**
   * Returns the Lundy model: each element computed from the facts (see the class description)
   * and combined with the declaration that counts for it, if any ({@link ElementAssessment}).
   * Of several declarations on one element the latest made by the instant counts (at the same
   * instant, the lowest status); declarations made after the instant are not counted. A
   * warning ({@link QualityRules#DECLARATION_OVERRIDDEN}) is found for each declaration the
   * facts overrode, and advice ({@link QualityRules#UNANSWERED}) for each element nobody could
   * answer.
   */
  public LundyAssessment lundy(Collection<Declaration> declarations) {
    Objects.requireNonNull(declarations, "declarations");
    Map<LundyElement, Declaration> counted = new EnumMap<>(LundyElement.class);
    for (Declaration d : declarations) {
      Objects.requireNonNull(d, "declaration");
      if (d.at().isAfter(at)) {
        continue;
      }
      counted.merge(d.element(), d, BinaryOperator.maxBy(Declaration.PRECEDENCE));
    }
    Map<LundyElement, ElementAssessment> elements = new EnumMap<>(LundyElement.class);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (LundyElement element : LundyElement.values()) {
      Computed c = switch (element) {
        case SPACE -> space();
        case VOICE -> voiceElement();
        case AUDIENCE -> audience();
        case INFLUENCE -> influence();
      };
      ElementAssessment a = ElementAssessment.combine(element, c.status(), counted.get(element), c.evidence(),
          c.reasons());
      elements.put(element, a);
      Reason last = a.reasons().get(a.reasons().size() - 1);
      if (a.overridden()) {
        findings.add(Finding.of(Severity.WARNING, Reason.of(QualityRules.DECLARATION_OVERRIDDEN,
            "Lundy " + element.label() + " for " + scope + " at " + at + ": " + last.explanation(),
            last.source())));
      } else if (a.basis() == Basis.NO_EVIDENCE) {
        findings.add(Finding.of(Severity.ADVICE, Reason.of(QualityRules.UNANSWERED,
            "Lundy " + element.label() + " for " + scope + " at " + at + ": " + last.explanation()
                + "; record the sessions and their checks, or declare it with evidence", last.source())));
      }
    }
    return new LundyAssessment(scope, at, elements, findings.build());
  }

  private Computed space() {
    LundyElement e = LundyElement.SPACE;
    Map<String, Integer> counts = new TreeMap<>();
    counts.put(Evidence.SESSIONS_HELD, held.size());
    if (held.isEmpty()) {
      return computed(e, null, Evidence.ofCounts(counts), "No session in scope had been held by " + at
          + ", so the records cannot show whether young people had a safe space to form and express views");
    }
    List<HeldSession> withYoung = held.entrySet().stream().filter(x -> !x.getValue().isEmpty())
        .map(Map.Entry::getKey).toList();
    List<HeldSession> clear = withYoung.stream().filter(HeldSession::isClear).toList();
    List<HeldSession> blocked = withYoung.stream().filter(HeldSession::isBlocked).toList();
    int unchecked = withYoung.size() - clear.size() - blocked.size();
    counts.put(Evidence.SESSIONS_WITH_YOUNG_PEOPLE, withYoung.size());
    counts.put(Evidence.SESSIONS_CLEAR, clear.size());
    counts.put(Evidence.SESSIONS_BLOCKED, blocked.size());
    counts.put(Evidence.SESSIONS_UNCHECKED, unchecked);
    counts.put(Evidence.YOUNG_ATTENDEES, attendees.size());
    List<HeldSession> early = scope.isProcess() ? clear.stream().filter(this::isEarly).toList() : List.of();
    if (scope.isProcess()) {
      counts.put(Evidence.SESSIONS_EARLY, early.size());
    }
    Evidence evidence = new Evidence(withYoung.stream().map(HeldSession::id).toList(), List.of(), List.of(),
        List.of(), counts);
    String heldText = count(held.size(), "session", "sessions") + " held by " + at;
    if (withYoung.isEmpty()) {
      return computed(e, ElementStatus.NOT_MET, evidence, heldText + ", none with a young person taking part");
    }
    String sessionText = heldText + ", " + withYoung.size() + " with young people taking part ("
        + count(attendees.size(), "young person", "young people") + "): " + clear.size() + " checked and clear, "
        + blocked.size() + " checked with a blocker, " + unchecked + " not checked";
    if (clear.isEmpty() && blocked.isEmpty()) {
      return computed(e, null, evidence, sessionText + "; without a check the records cannot show the space was safe");
    }
    if (clear.isEmpty()) {
      return computed(e, ElementStatus.NOT_MET, evidence, sessionText
          + "; every checked session had a blocker, so no safe space is shown");
    }
    boolean soughtEarly = !scope.isProcess() || !early.isEmpty();
    String timing;
    if (!scope.isProcess()) {
      timing = "; a forum has no phases, so only safety is read";
    } else if (soughtEarly) {
      timing = "; " + count(early.size(), "clear session was", "clear sessions were")
          + " held early (in the first phase)";
    } else {
      timing = "; none of the clear sessions was held early (in the first phase), so views were not sought early";
    }
    if (blocked.isEmpty() && unchecked == 0 && soughtEarly) {
      return computed(e, ElementStatus.MET, evidence, sessionText + timing);
    }
    return computed(e, ElementStatus.PARTLY_MET, evidence, sessionText + timing);
  }

  /** Whether a session was held early: before the first phase that ran closed, or in the first planned phase. */
  private boolean isEarly(HeldSession s) {
    CoproductionProcess process = scope.process();
    if (process.runs().isEmpty()) {
      return !s.plan().day().isAfter(process.phases().get(0).plannedEnd());
    }
    PhaseRun first = process.runs().values().iterator().next();
    return first.isOpen() || s.plan().start().isBefore(first.closed());
  }

  private Computed voiceElement() {
    LundyElement e = LundyElement.VOICE;
    SortedSet<PersonId> contributors = contributorsOf(young);
    int both = (int) attendees.stream().filter(contributors::contains).count();
    Map<String, Integer> counts = new TreeMap<>();
    counts.put(Evidence.YOUNG_ATTENDEES, attendees.size());
    counts.put(Evidence.YOUNG_CONTRIBUTORS, contributors.size());
    counts.put(Evidence.ATTENDEES_WHO_CONTRIBUTED, both);
    counts.put(Evidence.YOUNG_CONTRIBUTIONS, young.size());
    Evidence evidence = new Evidence(held.keySet().stream().map(HeldSession::id).toList(), List.copyOf(scope.forums()),
        idsOf(young), List.of(), counts);
    if (!somethingHappened()) {
      return computed(e, null, evidence, "No session had been held and no contribution made in scope by " + at
          + ", so the records cannot show whether young people expressed views");
    }
    String facts = count(young.size(), "contribution", "contributions") + " by " + count(contributors.size(),
        "young person", "young people") + " by " + at + "; " + count(attendees.size(), "young person", "young people")
        + " attended sessions, " + both + " of whom contributed";
    if (contributors.isEmpty()) {
      return computed(e, ElementStatus.NOT_MET, evidence, facts + ": no young person's view is recorded");
    }
    if (attendees.isEmpty() || both * 2 >= attendees.size()) {
      return new Computed(ElementStatus.MET, evidence, List.of(
          Reason.of(e.rule(), facts + ": young people expressed views", QualityRules.LUNDY_SOURCE),
          Reason.of(e.rule(), "At least half of the young people who attended contributed (or none attended a"
              + " session)", QualityRules.VOICE_SHARE_SOURCE)));
    }
    return new Computed(ElementStatus.PARTLY_MET, evidence, List.of(
        Reason.of(e.rule(), facts + ": some young people expressed views", QualityRules.LUNDY_SOURCE),
        Reason.of(e.rule(), "Fewer than half of the young people who attended contributed",
            QualityRules.VOICE_SHARE_SOURCE)));
  }

  private Computed audience() {
    LundyElement e = LundyElement.AUDIENCE;
    int reached = 0;
    int inPerson = 0;
    int cited = 0;
    for (Contribution c : young) {
      boolean byDecision = isCited(c);
      boolean present = decisionMakerPresent(c);
      cited += byDecision ? 1 : 0;
      inPerson += present ? 1 : 0;
      reached += byDecision || present ? 1 : 0;
    }
    Map<String, Integer> counts = new TreeMap<>();
    counts.put(Evidence.YOUNG_CONTRIBUTIONS, young.size());
    counts.put(Evidence.REACHED_DECISION_MAKER, reached);
    counts.put(Evidence.CITED, cited);
    counts.put(Evidence.HEARD_IN_PERSON, inPerson);
    Evidence evidence = new Evidence(List.of(), List.of(), idsOf(young), citingDecisions(), counts);
    if (!somethingHappened()) {
      return computed(e, null, evidence, "No session had been held and no contribution made in scope by " + at
          + ", so the records cannot show whether young people's views reached anyone with power to act");
    }
    if (young.isEmpty()) {
      return computed(e, ElementStatus.NOT_MET, evidence, "No young person's contribution was recorded by " + at
          + ", so no view of theirs is shown to have reached anyone with power to act");
    }
    String facts = reached + " of " + count(young.size(), "contribution", "contributions") + " by young people"
        + " reached someone with power to act by " + at + " (" + cited + " cited by a decision, " + inPerson
        + " heard by a decision-maker at the session or in the forum where they were made)";
    ElementStatus status = reached == young.size() ? ElementStatus.MET
        : reached > 0 ? ElementStatus.PARTLY_MET : ElementStatus.NOT_MET;
    return computed(e, status, evidence, facts);
  }

  private boolean decisionMakerPresent(Contribution c) {
    HeldSession s = c.sessionId().map(sessions::get).orElse(null);
    if (s != null) {
      for (AdultAttendee a : s.plan().adults()) {
        if (isDecisionMaker(a.id())) {
          return true;
        }
      }
    }
    ForumId forum = c.forumId().orElse(null);
    if (forum != null && network.forum(forum).isPresent()) {
      for (Membership m : network.membershipsOn(forum, day(c.at()))) {
        if (isDecisionMaker(m.person())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isDecisionMaker(PersonId id) {
    Person p = records.get(id);
    return p != null && p.hasRole(Role.DECISION_MAKER);
  }

  private Computed influence() {
    LundyElement e = LundyElement.INFLUENCE;
    List<Contribution> cited = young.stream().filter(this::isCited).toList();
    Map<FeedbackStatus, Integer> byStatus = feedbackOn(cited);
    int onTime = byStatus.get(FeedbackStatus.DELIVERED_ON_TIME);
    Map<String, Integer> counts = new TreeMap<>();
    counts.put(Evidence.YOUNG_CONTRIBUTIONS, young.size());
    counts.put(Evidence.CITED, cited.size());
    counts.put(Evidence.NOT_CITED, young.size() - cited.size());
    counts.put(Evidence.FEEDBACK_ON_TIME, onTime);
    counts.put(Evidence.FEEDBACK_LATE, byStatus.get(FeedbackStatus.DELIVERED_LATE));
    counts.put(Evidence.FEEDBACK_OVERDUE, byStatus.get(FeedbackStatus.OVERDUE));
    counts.put(Evidence.FEEDBACK_PENDING, byStatus.get(FeedbackStatus.NOT_YET_DUE));
    Evidence evidence = new Evidence(List.of(), List.of(), idsOf(cited), citingDecisions(), counts);
    if (!somethingHappened()) {
      return computed(e, null, evidence, "No session had been held and no contribution made in scope by " + at
          + ", so the records cannot show whether young people's views were acted on");
    }
    if (cited.isEmpty()) {
      return computed(e, ElementStatus.NOT_MET, evidence, "No decision taken by " + at + " cites any of the "
          + count(young.size(), "contribution", "contributions") + " by young people, so none is shown to have"
          + " influenced what happened");
    }
    String facts = count(cited.size(), "contribution", "contributions") + " by young people cited by decisions by "
        + at + ": feedback on " + onTime + " came by its deadline, " + byStatus.get(FeedbackStatus.DELIVERED_LATE)
        + " late, " + byStatus.get(FeedbackStatus.OVERDUE) + " overdue, " + byStatus.get(FeedbackStatus.NOT_YET_DUE)
        + " not yet given and not yet due";
    ElementStatus status = onTime == cited.size() ? ElementStatus.MET
        : onTime > 0 ? ElementStatus.PARTLY_MET : ElementStatus.NOT_MET;
    return computed(e, status, evidence, facts);
  }

  private Map<FeedbackStatus, Integer> feedbackOn(Collection<Contribution> cs) {
    Map<FeedbackStatus, Integer> out = new EnumMap<>(FeedbackStatus.class);
    for (FeedbackStatus s : FeedbackStatus.values()) {
      out.put(s, 0);
    }
    for (Contribution c : cs) {
      out.merge(voice.feedbackStatus(c.id(), at), 1, Integer::sum);
    }
    return out;
  }

  /** No feedback overdue, and at least one delivered. */
  private boolean informed(Collection<Contribution> cs) {
    Map<FeedbackStatus, Integer> s = feedbackOn(cs);
    return s.get(FeedbackStatus.OVERDUE) == 0
        && s.get(FeedbackStatus.DELIVERED_ON_TIME) + s.get(FeedbackStatus.DELIVERED_LATE) > 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Decisions in forums

  private enum Seat { SHARED, DIRECTED, CHAIRED }

  /** For each decision in scope taken by a forum in the network, how young people sat in it on that day. */
  private Map<Decision, Set<Seat>> seats() {
    Map<Decision, Set<Seat>> out = new LinkedHashMap<>();
    for (Decision d : decisions) {
      ForumId forum = d.maker().forumId().orElse(null);
      if (forum == null || network.forum(forum).isEmpty()) {
        continue;
      }
      LocalDate date = day(d.at());
      EnumSet<Seat> how = EnumSet.noneOf(Seat.class);
      if (network.hasYoungPeoplesRepresentation(forum, date, youngPeople)) {
        how.add(Seat.SHARED);
      }
      if (network.isYoungPeoplesForum(forum, date, youngPeople)) {
        how.add(Seat.DIRECTED);
      }
      for (Membership m : network.membershipsOn(forum, date)) {
        if ((m.role() == MembershipRole.CHAIR || m.role() == MembershipRole.CO_CHAIR)
            && youngPeople.isYoungPersonOn(m.person(), date)) {
          how.add(Seat.CHAIRED);
        }
      }
      if (!how.isEmpty()) {
        out.put(d, how);
      }
    }
    return out;
  }

  private static List<DecisionId> with(Map<Decision, Set<Seat>> seats, Seat seat) {
    return seats.entrySet().stream().filter(e -> e.getValue().contains(seat)).map(e -> e.getKey().id())
        .collect(ImmutableList.toImmutableList());
  }

  // ---------------------------------------------------------------------------------------------
  // Non-participation patterns

  /** Young people's contributions published though no decision cites them and no feedback reached them. */
  private List<Contribution> manipulated() {
    return young.stream().filter(c -> c.isPublishedBy(at) && !isCited(c)
        && !voice.feedbackStatus(c.id(), at).isDelivered()).collect(ImmutableList.toImmutableList());
  }

  /** For each session held that planned pictures, the young people there who made no contribution in scope. */
  private Map<HeldSession, SortedSet<PersonId>> decorated() {
    SortedSet<PersonId> contributed = contributorsOf(contributions);
    Map<HeldSession, SortedSet<PersonId>> out = new LinkedHashMap<>();
    for (Map.Entry<HeldSession, SortedSet<PersonId>> e : held.entrySet()) {
      boolean pictured = e.getKey().plan().purposes().stream()
          .anyMatch(p -> p.kind() == PurposeKind.PHOTOGRAPHY || p.kind() == PurposeKind.VIDEO);
      if (!pictured) {
        continue;
      }
      SortedSet<PersonId> silent = new TreeSet<>(PERSON_ORDER);
      for (PersonId p : e.getValue()) {
        if (!contributed.contains(p)) {
          silent.add(p);
        }
      }
      if (!silent.isEmpty()) {
        out.put(e.getKey(), silent);
      }
    }
    return out;
  }

  /** Whether young people attended sessions and no decision cites any of them. */
  private boolean presentNotCited() {
    if (attendees.isEmpty()) {
      return false;
    }
    for (Contribution c : young) {
      if (attendees.contains(c.contributor()) && isCited(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the findings of non-participation (Hart's rungs 1-3), each a {@link Severity#WARNING}
   * citing {@link QualityRules#HART_SOURCE}, in this order:
   * <ul>
   *   <li>{@link QualityRules#MANIPULATION}: young people's contributions published by the
   *       instant though no decision cites them and their contributors had no feedback on them;
   *       about those contributors;
   *   <li>{@link QualityRules#DECORATION}: one for each session held that planned photographs or
   *       video (its consent purposes), where some young people who attended made no contribution
   *       in scope; about them;
   *   <li>{@link QualityRules#TOKENISM}: young people attended sessions and no decision taken by
   *       the instant cites a contribution by any of them; about them.
   * </ul>
   */
  public List<Finding> tokenism() {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    List<Contribution> used = manipulated();
    if (!used.isEmpty()) {
      out.add(Finding.of(Severity.WARNING, Reason.of(QualityRules.MANIPULATION, count(used.size(),
          "contribution", "contributions") + " by young people (" + idsOf(used) + ") in " + scope
          + " had been published by " + at + " though no decision cites them and their contributors had no"
          + " feedback on them: their words were used without them being told what came of them",
          QualityRules.HART_SOURCE), contributorsOf(used)));
    }
    for (Map.Entry<HeldSession, SortedSet<PersonId>> e : decorated().entrySet()) {
      out.add(Finding.of(Severity.WARNING, Reason.of(QualityRules.DECORATION, "Session " + e.getKey().id()
          + " in " + scope + " planned photographs or video, and " + count(e.getValue().size(), "young person",
          "young people") + " who took part made no contribution by " + at + ": pictured but not heard",
          QualityRules.HART_SOURCE), e.getValue()));
    }
    if (presentNotCited()) {
      out.add(Finding.of(Severity.WARNING, Reason.of(QualityRules.TOKENISM, count(attendees.size(),
          "young person", "young people") + " took part in sessions in " + scope + ", and no decision taken by "
          + at + " cites a contribution by any of them: present, but not shown to have changed anything",
          QualityRules.HART_SOURCE), attendees));
    }
    return out.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Hart

  /** Returns the rung of Hart's ladder the facts support (see the class description). */
  public HartAssessment hart() {
    Initiator initiator = facts.initiator();
    Map<Decision, Set<Seat>> seats = seats();
    List<DecisionId> shared = with(seats, Seat.SHARED);
    List<DecisionId> directed = with(seats, Seat.DIRECTED);
    List<DecisionId> withAdults = shared.stream().filter(d -> !directed.contains(d))
        .collect(ImmutableList.toImmutableList());
    List<Reason> reasons = new ArrayList<>();
    if (attendees.isEmpty() && young.isEmpty() && shared.isEmpty()) {
      reasons.add(Reason.of(QualityRules.HART_NO_PARTICIPATION, "No young person attended a session,"
          + " contributed, or sat with a voice in a forum that decided in " + scope + " by " + at
          + ", so there is nothing to place on the ladder", QualityRules.HART_SOURCE));
      return new HartAssessment(scope, at, initiator, null, reasons);
    }
    reasons.add(initiator == Initiator.UNKNOWN
        ? Reason.of(QualityRules.HART_INITIATOR, "Who started " + scope + " is not recorded, so it is read as"
            + " started by adults", QualityRules.UNKNOWN_INITIATOR_SOURCE)
        : Reason.of(QualityRules.HART_INITIATOR, scope + " was started by " + initiator.label()
            + ", as recorded", QualityRules.HART_SOURCE));
    reasons.add(Reason.of(QualityRules.HART_SHARED_DECISIONS, count(shared.size(), "decision", "decisions")
        + " by " + at + " taken in forums where young people sat with a voice (" + shared + "), "
        + directed.size() + " of them in young people's forums", QualityRules.HART_SOURCE));
    List<Contribution> cited = young.stream().filter(this::isCited).toList();
    boolean informedCited = informed(cited);
    boolean informedAll = informed(young);
    Map<FeedbackStatus, Integer> citedFeedback = feedbackOn(cited);
    reasons.add(Reason.of(QualityRules.HART_CONSULTED_INFORMED, count(cited.size(), "contribution",
        "contributions") + " by young people cited by decisions (consulted), feedback given on "
        + (citedFeedback.get(FeedbackStatus.DELIVERED_ON_TIME) + citedFeedback.get(FeedbackStatus.DELIVERED_LATE))
        + " and overdue on " + citedFeedback.get(FeedbackStatus.OVERDUE) + " of them; of all "
        + count(young.size(), "contribution", "contributions") + " by young people, " + (informedAll
        ? "none has overdue feedback and some has had feedback (informed)" : "some has overdue feedback or none has"
        + " had any (not informed)"), QualityRules.HART_SOURCE));
    HartRung rung;
    String why;
    if (initiator.isYoungPeople() && !withAdults.isEmpty()) {
      rung = HartRung.CHILD_INITIATED_SHARED_DECISIONS;
      why = "started by young people, who shared decisions with adults (" + withAdults + ")";
    } else if (initiator.isYoungPeople() && !directed.isEmpty()) {
      rung = HartRung.CHILD_INITIATED_AND_DIRECTED;
      why = "started by young people, whose own forums took the decisions (" + directed + ")";
    } else if (!initiator.isYoungPeople() && !shared.isEmpty()) {
      rung = HartRung.ADULT_INITIATED_SHARED_DECISIONS;
      why = "not shown to be started by young people, who took part in decisions (" + shared + ")";
    } else if (!cited.isEmpty() && informedCited) {
      rung = HartRung.CONSULTED_AND_INFORMED;
      why = "young people's views were cited by decisions and they were told the outcome";
    } else if (informedAll) {
      rung = HartRung.ASSIGNED_BUT_INFORMED;
      why = "young people were kept informed, though no decision is shown to rest on their views with"
          + " feedback due on it given";
    } else {
      List<Contribution> used = manipulated();
      Map<HeldSession, SortedSet<PersonId>> pictured = decorated();
      if (!used.isEmpty()) {
        rung = HartRung.MANIPULATION;
        why = "young people's words were published (" + idsOf(used) + ") without a decision citing them or"
            + " feedback to them";
      } else if (!pictured.isEmpty()) {
        rung = HartRung.DECORATION;
        why = "young people were pictured at sessions (" + pictured.keySet().stream().map(HeldSession::id).toList()
            + ") without contributing";
      } else {
        rung = HartRung.TOKENISM;
        why = cited.isEmpty() ? "young people took part, but no decision cites their views"
            : "decisions cite young people's views, but they were not told the outcome by the deadline";
      }
      reasons.add(Reason.of(QualityRules.HART_NON_PARTICIPATION, "Neither shared decisions nor feedback to young"
          + " people are shown, so the process sits on a rung of non-participation", QualityRules.HART_SOURCE));
    }
    reasons.add(Reason.of(QualityRules.HART_RUNG, "Rung " + rung.number() + " (" + rung.label() + "): " + why,
        QualityRules.HART_SOURCE));
    return new HartAssessment(scope, at, initiator, rung, reasons);
  }

  // ---------------------------------------------------------------------------------------------
  // Shier

  /** Returns the levels of Shier's pathways the facts show (see the class description). */
  public ShierAssessment shier() {
    Map<Decision, Set<Seat>> seats = seats();
    List<DecisionId> shared = with(seats, Seat.SHARED);
    SortedSet<DecisionId> powerShared = new TreeSet<>(Comparator.comparing(DecisionId::value));
    powerShared.addAll(with(seats, Seat.DIRECTED));
    powerShared.addAll(with(seats, Seat.CHAIRED));
    List<Contribution> supported = young.stream()
        .filter(c -> c.sessionId().map(sessions::get).filter(s -> held.containsKey(s) && s.isClear()).isPresent())
        .toList();
    List<Contribution> cited = young.stream().filter(this::isCited).toList();
    EnumSet<ShierLevel> shown = EnumSet.noneOf(ShierLevel.class);
    List<Reason> reasons = new ArrayList<>();
    level(shown, reasons, ShierLevel.LISTENED_TO, !young.isEmpty(), count(young.size(), "contribution",
        "contributions") + " by young people recorded");
    level(shown, reasons, ShierLevel.SUPPORTED_TO_EXPRESS_VIEWS, !supported.isEmpty(), count(supported.size(),
        "contribution", "contributions") + " by young people made in sessions checked and clear");
    level(shown, reasons, ShierLevel.VIEWS_TAKEN_INTO_ACCOUNT, !cited.isEmpty(), count(cited.size(),
        "contribution", "contributions") + " by young people cited by decisions");
    level(shown, reasons, ShierLevel.INVOLVED_IN_DECISION_MAKING, !shared.isEmpty(), count(shared.size(),
        "decision", "decisions") + " taken in forums where young people sat with a voice " + shared);
    level(shown, reasons, ShierLevel.SHARE_POWER_AND_RESPONSIBILITY, !powerShared.isEmpty(),
        count(powerShared.size(), "decision", "decisions") + " taken by young people's forums or forums a young"
            + " person chaired " + powerShared);
    if (shown.isEmpty()) {
      reasons.add(Reason.of(QualityRules.SHIER_NO_PARTICIPATION, "The records show no level of participation"
          + " for " + scope + " by " + at, QualityRules.SHIER_SOURCE));
    } else {
      ShierLevel highest = ShierLevel.LISTENED_TO;
      for (ShierLevel l : shown) {
        highest = l;
      }
      reasons.add(Reason.of(QualityRules.SHIER_LEVEL, "Level " + highest.number() + " (" + highest.label()
          + ") is the highest the records show for " + scope + " by " + at, QualityRules.SHIER_SOURCE));
    }
    return new ShierAssessment(scope, at, shown, reasons);
  }

  private static void level(Set<ShierLevel> shown, List<Reason> reasons, ShierLevel level, boolean holds,
      String facts) {
    if (holds) {
      shown.add(level);
    }
    reasons.add(Reason.of(QualityRules.SHIER_LEVEL_PREFIX + level.number(), "Level " + level.number() + " ("
        + level.label() + ") " + (holds ? "shown" : "not shown") + ": " + facts, QualityRules.SHIER_SOURCE));
  }

  @Override
  public String toString() {
    return "ParticipationQuality[" + facts + "]";
  }
}
