package io.coproduce.participation.voice;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.withdrawal.AffectedItem;
import io.coproduce.consent.withdrawal.CollectedItem;
import io.coproduce.consent.withdrawal.WithdrawalImpact;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.core.readability.ReadabilityCheck;
import io.coproduce.core.rule.Reason;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The trace from young people's voice to decisions and back to them as feedback: contributions,
 * the decisions they informed, the feedback given, and the feedback policies that set each
 * contribution's deadline. Immutable and thread-safe; the {@code with...} methods validate and
 * return a new record, or throw and leave nothing changed (this record is never modified).
 *
 * <h2>What is checked on the way in</h2>
 *
 * <ul>
 *   <li>An id names one contribution and one decision: adding an equal one again returns this
 *       record; adding a different one under a used id is refused.
 *   <li>A decision cites only contributions already in the record, and none made after it (a
 *       decision at the very instant of a contribution is accepted).
 *   <li>Feedback answers a contribution in the record and is not delivered before it; a decision
 *       it reports is in the record, cites that contribution, and was taken by the delivery.
 * </ul>
 *
 * <p>So contributions go in before the decisions that cite them, and both before the feedback
 * that reports them. Within those constraints the order of adding does not matter: records built
 * in any order are {@linkplain #equals(Object) equal}, and every query answers the same, in an
 * order fixed by ids and instants.
 *
 * <h2>Queries</h2>
 *
 * <p>Every query takes the instant it is asked at and counts only what had happened by then
 * (contributions made, decisions taken, feedback delivered at or before it), so a report can say
 * what was known at any past instant. Who is a young person comes from the host's {@link Person}
 * records ({@link Role#YOUNG_PERSON}); where a contributor's record is not given, the queries
 * take the protective reading: the contributor is not counted as a young person, their feedback
 * is flagged as unchecked, and their contributions are not offered for publication.
 */
public final class VoiceRecord {

  private static final Comparator<ContributionId> CONTRIBUTION_ORDER =
      Comparator.comparing(ContributionId::value);
  private static final Comparator<DecisionId> DECISION_ORDER = Comparator.comparing(DecisionId::value);
  private static final Comparator<Feedback> FEEDBACK_ORDER =
      Comparator.comparing(Feedback::contribution, CONTRIBUTION_ORDER)
          .thenComparing(Feedback::deliveredAt)
          .thenComparing(Feedback::decision, Comparator.nullsFirst(DECISION_ORDER))
          .thenComparingInt(f -> f.readingLevel().sentences())
          .thenComparingInt(f -> f.readingLevel().words())
          .thenComparingInt(f -> f.readingLevel().syllables());

  private static final VoiceRecord EMPTY = new VoiceRecord(FeedbackPolicies.defaults(),
      ImmutableSortedMap.<ContributionId, Contribution>orderedBy(CONTRIBUTION_ORDER).build(),
      ImmutableSortedMap.<DecisionId, Decision>orderedBy(DECISION_ORDER).build(),
      ImmutableSortedSet.<Feedback>orderedBy(FEEDBACK_ORDER).build());

  private final FeedbackPolicies policies;
  private final ImmutableSortedMap<ContributionId, Contribution> contributions;
  private final ImmutableSortedMap<DecisionId, Decision> decisions;
  private final ImmutableSortedSet<Feedback> feedback;

  private VoiceRecord(FeedbackPolicies policies,
      ImmutableSortedMap<ContributionId, Contribution> contributions,
      ImmutableSortedMap<DecisionId, Decision> decisions, ImmutableSortedSet<Feedback> feedback) {
    this.policies = policies;
    this.contributions = contributions;
    this.decisions = decisions;
    this.feedback = feedback;
  }

  /** An empty record under the library's default feedback policy. */
  public static VoiceRecord empty() {
    return EMPTY;
  }

  /** An empty record under {@code policies}. */
  public static VoiceRecord empty(FeedbackPolicies policies) {
    return EMPTY.withPolicies(policies);
  }

  /**
   * Returns a copy under other feedback policies. Deadlines follow the policies each forum had
   * when each contribution was made (see {@link FeedbackPolicies}).
   */
  public VoiceRecord withPolicies(FeedbackPolicies value) {
    Objects.requireNonNull(value, "value");
    return value.equals(policies) ? this : new VoiceRecord(value, contributions, decisions, feedback);
  }

  /**
   * Returns a copy with {@code contribution} added; this record if an equal one is already in it.
   *
   * @throws InvalidInputException naming {@code voiceRecord.contributions} when a different
   *     contribution already has its id
   */
  public VoiceRecord withContribution(Contribution contribution) {
    Objects.requireNonNull(contribution, "contribution");
    if (!isNew(contributions, contribution)) {
      return this;
    }
    return new VoiceRecord(policies, put(contributions, contribution.id(), contribution, CONTRIBUTION_ORDER),
        decisions, feedback);
  }

  /**
   * Returns a copy recording that {@code contribution} was published at {@code at} (quoted in a
   * report, say). The first publication is the one that counts: an earlier one already recorded
   * is kept.
   *
   * @throws InvalidInputException naming {@code publication.contribution} when the contribution
   *     is not in the record, or {@code contribution.publishedAt} when {@code at} is before it was
   *     made
   */
  public VoiceRecord withPublication(ContributionId contribution, Instant at) {
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(at, "at");
    Contribution known = contributions.get(contribution);
    if (known == null) {
      throw InvalidInputException.of("publication.contribution",
          "must refer to a contribution in the record", contribution);
    }
    Contribution published = known.withPublishedAt(at);
    if (published == known) {
      return this;
    }
    return new VoiceRecord(policies, put(contributions, contribution, published, CONTRIBUTION_ORDER),
        decisions, feedback);
  }

  /**
   * Returns a copy with {@code decision} added; this record if an equal one is already in it.
   *
   * @throws InvalidInputException naming {@code voiceRecord.decisions} when a different decision
   *     already has its id, {@code decision.informedBy} when it cites a contribution not in the
   *     record, or {@code decision.at} when it is before a contribution it cites
   */
  public VoiceRecord withDecision(Decision decision) {
    Objects.requireNonNull(decision, "decision");
    if (!isNew(contributions, decisions, decision)) {
      return this;
    }
    return new VoiceRecord(policies, contributions, put(decisions, decision.id(), decision, DECISION_ORDER),
        feedback);
  }

  /**
   * Returns a copy with {@code item} added; this record if an equal one is already in it.
   *
   * @throws InvalidInputException naming {@code feedback.contribution} when its contribution is
   *     not in the record, {@code feedback.decision} when the decision it reports is not in the
   *     record or does not cite the contribution, or {@code feedback.deliveredAt} when it is
   *     delivered before the contribution or before the decision it reports
   */
  public VoiceRecord withFeedback(Feedback item) {
    Objects.requireNonNull(item, "item");
    check(contributions, decisions, item);
    if (feedback.contains(item)) {
      return this;
    }
    return new VoiceRecord(policies, contributions, decisions,
        ImmutableSortedSet.orderedBy(FEEDBACK_ORDER).addAll(feedback).add(item).build());
  }

  /**
   * Returns a copy with all the contributions, then all the decisions, then all the feedback
   * added, as by the single {@code with...} methods; if any is refused, the exception says which
   * and nothing is added.
   *
   * @throws InvalidInputException as the single {@code with...} methods do
   */
  public VoiceRecord withAll(Collection<Contribution> newContributions,
      Collection<Decision> newDecisions, Collection<Feedback> newFeedback) {
    Objects.requireNonNull(newContributions, "newContributions");
    Objects.requireNonNull(newDecisions, "newDecisions");
    Objects.requireNonNull(newFeedback, "newFeedback");
    // One copy of each collection, not one per item: the checks are those of the single methods.
    TreeMap<ContributionId, Contribution> cs = new TreeMap<>(contributions);
    for (Contribution c : newContributions) {
      Objects.requireNonNull(c, "contribution");
      if (isNew(cs, c)) {
        cs.put(c.id(), c);
      }
    }
    TreeMap<DecisionId, Decision> ds = new TreeMap<>(decisions);
    for (Decision d : newDecisions) {
      Objects.requireNonNull(d, "decision");
      if (isNew(cs, ds, d)) {
        ds.put(d.id(), d);
      }
    }
    TreeSet<Feedback> fs = new TreeSet<>(feedback);
    for (Feedback f : newFeedback) {
      Objects.requireNonNull(f, "item");
      check(cs, ds, f);
      fs.add(f);
    }
    if (cs.size() == contributions.size() && ds.size() == decisions.size() && fs.size() == feedback.size()) {
      return this;
    }
    return new VoiceRecord(policies, ImmutableSortedMap.copyOfSorted(cs),
        ImmutableSortedMap.copyOfSorted(ds), ImmutableSortedSet.copyOfSorted(fs));
  }

  /** Whether {@code contribution} is new to {@code known}; refuses a different one with its id. */
  private static boolean isNew(Map<ContributionId, Contribution> known, Contribution contribution) {
    Contribution same = known.get(contribution.id());
    if (same == null) {
      return true;
    }
    if (same.equals(contribution)) {
      return false;
    }
    throw InvalidInputException.of("voiceRecord.contributions",
        "must not reuse the id of a different contribution", contribution.id());
  }

  /** Whether {@code decision} is new to {@code known}; refuses a different one or a bad citation. */
  private static boolean isNew(Map<ContributionId, Contribution> contributions,
      Map<DecisionId, Decision> known, Decision decision) {
    Decision same = known.get(decision.id());
    if (same != null) {
      if (same.equals(decision)) {
        return false;
      }
      throw InvalidInputException.of("voiceRecord.decisions",
          "must not reuse the id of a different decision", decision.id());
    }
    for (ContributionId cited : decision.informedBy()) {
      Contribution c = contributions.get(cited);
      if (c == null) {
        throw InvalidInputException.of("decision.informedBy",
            "must refer to a contribution in the record (decision " + decision.id() + ")", cited);
      }
      if (decision.at().isBefore(c.at())) {
        throw InvalidInputException.of("decision.at",
            "must not be before contribution " + cited + ", which it cites", decision.id());
      }
    }
    return true;
  }

  /** Refuses feedback whose contribution or decision is missing, or that comes too early. */
  private static void check(Map<ContributionId, Contribution> contributions,
      Map<DecisionId, Decision> decisions, Feedback item) {
    Contribution c = contributions.get(item.contribution());
    if (c == null) {
      throw InvalidInputException.of("feedback.contribution",
          "must refer to a contribution in the record", item.contribution());
    }
    if (item.deliveredAt().isBefore(c.at())) {
      throw InvalidInputException.of("feedback.deliveredAt",
          "must not be before the contribution it answers", item.contribution());
    }
    if (item.decision() != null) {
      Decision d = decisions.get(item.decision());
      if (d == null) {
        throw InvalidInputException.of("feedback.decision",
            "must refer to a decision in the record", item.decision());
      }
      if (!d.cites(item.contribution())) {
        throw InvalidInputException.of("feedback.decision",
            "must cite contribution " + item.contribution() + ", which the feedback answers", item.decision());
      }
      if (item.deliveredAt().isBefore(d.at())) {
        throw InvalidInputException.of("feedback.deliveredAt",
            "must not be before the decision it reports", item.decision());
      }
    }
  }

  private static <K, V> ImmutableSortedMap<K, V> put(
      ImmutableSortedMap<K, V> map, K key, V value, Comparator<K> order) {
    TreeMap<K, V> next = new TreeMap<>(order);
    next.putAll(map);
    next.put(key, value);
    return ImmutableSortedMap.copyOfSorted(next);
  }

  /** Returns the feedback policies. */
  public FeedbackPolicies policies() {
    return policies;
  }

  /** Returns every contribution, ordered by id. */
  public List<Contribution> contributions() {
    return contributions.values().asList();
  }

  /** Returns every decision, ordered by id. */
  public List<Decision> decisions() {
    return decisions.values().asList();
  }

  /** Returns all feedback, ordered by contribution id, then delivery. */
  public List<Feedback> feedback() {
    return feedback.asList();
  }

  /** Returns the contribution with {@code id}, if it is in the record. */
  public Optional<Contribution> contribution(ContributionId id) {
    return Optional.ofNullable(contributions.get(Objects.requireNonNull(id, "id")));
  }

  /** Returns the decision with {@code id}, if it is in the record. */
  public Optional<Decision> decision(DecisionId id) {
    return Optional.ofNullable(decisions.get(Objects.requireNonNull(id, "id")));
  }

  private Contribution known(ContributionId id) {
    Contribution c = contributions.get(Objects.requireNonNull(id, "id"));
    if (c == null) {
      throw UnknownReferenceException.of("contribution", id);
    }
    return c;
  }

  /**
   * Returns when feedback on the contribution is due: its instant plus the period of the policy
   * its forum had then.
   *
   * @throws UnknownReferenceException when the contribution is not in the record
   */
  public Instant feedbackDeadline(ContributionId id) {
    return policies.deadlineFor(known(id));
  }

  /** The earliest delivery of feedback to each contribution, whenever delivered. */
  private Map<ContributionId, Instant> firstDeliveries() {
    Map<ContributionId, Instant> first = new HashMap<>();
    for (Feedback f : feedback) {
      // Feedback is ordered by contribution, then delivery: the first seen is the earliest.
      first.putIfAbsent(f.contribution(), f.deliveredAt());
    }
    return first;
  }

  /**
   * Returns where the contribution's feedback stands at {@code at}: only feedback delivered by
   * then counts, and the deadline instant itself is on time.
   *
   * @throws UnknownReferenceException when the contribution is not in the record
   */
  public FeedbackStatus feedbackStatus(ContributionId id, Instant at) {
    Objects.requireNonNull(at, "at");
    Contribution c = known(id);
    return status(c, firstDeliveries().get(id), at);
  }

  private FeedbackStatus status(Contribution c, Instant firstDelivery, Instant at) {
    Instant deadline = policies.deadlineFor(c);
    if (firstDelivery != null && !firstDelivery.isAfter(at)) {
      return firstDelivery.isAfter(deadline) ? FeedbackStatus.DELIVERED_LATE : FeedbackStatus.DELIVERED_ON_TIME;
    }
    return at.isAfter(deadline) ? FeedbackStatus.OVERDUE : FeedbackStatus.NOT_YET_DUE;
  }

  /**
   * Returns the feedback overdue at {@code at}: every contribution whose deadline passed before
   * {@code at} with no feedback delivered by {@code at}, ordered by deadline, then contribution
   * id. Feedback delivered late takes a contribution off this list from its delivery (see {@link
   * #feedbackStatus} for whether it was late).
   */
  public List<OverdueFeedback> overdueFeedback(Instant at) {
    Objects.requireNonNull(at, "at");
    Map<ContributionId, Instant> first = firstDeliveries();
    List<OverdueFeedback> out = new ArrayList<>();
    for (Contribution c : contributions.values()) {
      if (status(c, first.get(c.id()), at) == FeedbackStatus.OVERDUE) {
        FeedbackPolicy policy = policies.policyFor(c);
        out.add(new OverdueFeedback(c.id(), c.contributor(), policy.deadlineFor(c.at()), at,
            policy.period(), policy.source()));
      }
    }
    out.sort(Comparator.comparing(OverdueFeedback::deadline)
        .thenComparing(OverdueFeedback::contribution, CONTRIBUTION_ORDER));
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns the contributions made by {@code at} that no decision taken by {@code at} cites,
   * ordered by id. A deferral counts as a decision: the contributor has an outcome to be told.
   */
  public List<Contribution> contributionsWithoutDecision(Instant at) {
    Objects.requireNonNull(at, "at");
    TreeSet<ContributionId> cited = new TreeSet<>(CONTRIBUTION_ORDER);
    for (Decision d : decisions.values()) {
      if (!d.at().isAfter(at)) {
        cited.addAll(d.informedBy());
      }
    }
    ImmutableList.Builder<Contribution> out = ImmutableList.builder();
    for (Contribution c : contributions.values()) {
      if (!c.at().isAfter(at) && !cited.contains(c.id())) {
        out.add(c);
      }
    }
    return out.build();
  }

  /**
   * Returns the decisions taken by {@code at} that cite no contribution by a young person,
   * ordered by id: those citing nothing, and those citing only people whose records do not have
   * {@link Role#YOUNG_PERSON}. A cited contributor missing from {@code people} is not counted as
   * a young person (the protective reading: the record must show young people's voice reached
   * the decision, {@link VoiceRules#UNKNOWN_CONTRIBUTOR_SOURCE}).
   *
   * @throws InvalidInputException naming {@code people} when a person appears twice
   */
  public List<Decision> decisionsWithoutYoungPeople(Collection<Person> people, Instant at) {
    Objects.requireNonNull(at, "at");
    Map<PersonId, Person> byId = index(people);
    ImmutableList.Builder<Decision> out = ImmutableList.builder();
    for (Decision d : decisions.values()) {
      if (!d.at().isAfter(at) && !citesYoungPerson(d, byId)) {
        out.add(d);
      }
    }
    return out.build();
  }

  private boolean citesYoungPerson(Decision d, Map<PersonId, Person> byId) {
    for (ContributionId id : d.informedBy()) {
      Person p = byId.get(contributions.get(id).contributor());
      if (p != null && p.hasRole(Role.YOUNG_PERSON)) {
        return true;
      }
    }
    return false;
  }

  private static Map<PersonId, Person> index(Collection<Person> people) {
    Objects.requireNonNull(people, "people");
    Map<PersonId, Person> byId = new HashMap<>();
    for (Person p : people) {
      Objects.requireNonNull(p, "person");
      if (byId.put(p.id(), p) != null) {
        throw InvalidInputException.of("people", "must not list the same person twice", p.id());
      }
    }
    return byId;
  }

  /**
   * Checks the reading level of every piece of feedback delivered by {@code at} against its
   * contributor's age band on the delivery date in {@code zone}, and returns a {@link
   * Severity#WARNING} finding (rule {@link VoiceRules#FEEDBACK_READING_LEVEL}) for each that is
   * too hard for the youngest age the contributor may be, with the source of core's {@link
   * ReadabilityCheck}. The band is that of the youngest age the contributor's birth information
   * allows (for under-5s written text is never enough on its own); a contributor who may not yet
   * have been born on that date by their birth information is read as 0-5. Feedback to a
   * contributor missing from {@code people} gets a warning under {@link
   * VoiceRules#FEEDBACK_READER_UNKNOWN} instead. Ordered as {@link #feedback()}.
   *
   * @throws InvalidInputException naming {@code people} when a person appears twice
   */
  public List<Finding> unsuitableFeedback(Collection<Person> people, ZoneId zone, Instant at) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(at, "at");
    Map<PersonId, Person> byId = index(people);
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (Feedback f : feedback) {
      if (f.deliveredAt().isAfter(at)) {
        continue;
      }
      PersonId contributor = contributions.get(f.contribution()).contributor();
      String which = "Feedback to " + contributor + " on contribution " + f.contribution()
          + " delivered at " + f.deliveredAt();
      Person p = byId.get(contributor);
      if (p == null) {
        out.add(Finding.of(Severity.WARNING, Reason.of(VoiceRules.FEEDBACK_READER_UNKNOWN, which
            + " could not be checked for reading level: no record of " + contributor + " was given.",
            VoiceRules.READER_UNKNOWN_SOURCE), List.of(contributor)));
        continue;
      }
      LocalDate date = LocalDate.ofInstant(f.deliveredAt(), zone);
      AgeBand band = date.isBefore(p.birth().latestBirthDate()) ? AgeBand.AGE_0_TO_5 : p.ageBandOn(date);
      ReadabilityCheck check = f.checkFor(band);
      if (!check.suitable()) {
        out.add(Finding.of(Severity.WARNING, Reason.of(VoiceRules.FEEDBACK_READING_LEVEL, which
            + " (age band " + band + " on " + date + ") does not suit them: "
            + check.reason().explanation(), check.reason().source()), List.of(contributor)));
      }
    }
    return out.build();
  }

  /**
   * Returns every finding at {@code at}, in this order: overdue feedback ({@link
   * OverdueFeedback#toFinding()}); contributions without a decision ({@link Severity#ADVICE},
   * {@link VoiceRules#CONTRIBUTION_WITHOUT_DECISION}, since a recent contribution is not yet
   * late); decisions that cite no young person ({@link Severity#WARNING}, {@link
   * VoiceRules#DECISION_WITHOUT_YOUNG_PEOPLE}, or {@link
   * VoiceRules#DECISION_WITHOUT_KNOWN_YOUNG_PEOPLE} when some cited contributors are unknown);
   * and feedback unsuitable for its reader ({@link #unsuitableFeedback}).
   *
   * @throws InvalidInputException naming {@code people} when a person appears twice
   */
  public List<Finding> findings(Collection<Person> people, ZoneId zone, Instant at) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(at, "at");
    Map<PersonId, Person> byId = index(people);
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (OverdueFeedback o : overdueFeedback(at)) {
      out.add(o.toFinding());
    }
    for (Contribution c : contributionsWithoutDecision(at)) {
      out.add(Finding.of(Severity.ADVICE, Reason.of(VoiceRules.CONTRIBUTION_WITHOUT_DECISION,
          "Contribution " + c.id() + " (" + c.kind() + " by " + c.contributor() + " at " + c.at()
              + ") had informed no decision by " + at + ": every contribution is owed an outcome"
              + " (adopted, adapted, deferred or declined) with a reason.",
          VoiceRules.INFLUENCE_SOURCE), List.of(c.contributor())));
    }
    for (Decision d : decisionsWithoutYoungPeople(people, at)) {
      out.add(noYoungPeople(d, byId));
    }
    out.addAll(unsuitableFeedback(people, zone, at));
    return out.build();
  }

  private Finding noYoungPeople(Decision d, Map<PersonId, Person> byId) {
    String which = "Decision " + d.id() + " by " + d.maker() + " at " + d.at();
    if (d.informedBy().isEmpty()) {
      return Finding.of(Severity.WARNING, Reason.of(VoiceRules.DECISION_WITHOUT_YOUNG_PEOPLE,
          which + " cites no contribution at all, so no young person's view is shown to have"
              + " informed it.", VoiceRules.INFLUENCE_SOURCE));
    }
    int unknown = 0;
    for (ContributionId id : d.informedBy()) {
      if (!byId.containsKey(contributions.get(id).contributor())) {
        unknown++;
      }
    }
    int cited = d.informedBy().size();
    if (unknown == 0) {
      return Finding.of(Severity.WARNING, Reason.of(VoiceRules.DECISION_WITHOUT_YOUNG_PEOPLE,
          which + " cites " + cited + " contribution(s), none of them by a young person.",
          VoiceRules.INFLUENCE_SOURCE));
    }
    return Finding.of(Severity.WARNING, Reason.of(VoiceRules.DECISION_WITHOUT_KNOWN_YOUNG_PEOPLE,
        which + " cites " + cited + " contribution(s), none of them by a known young person; "
            + unknown + " of them are by people whose records were not given, who are not counted"
            + " as young people.", VoiceRules.UNKNOWN_CONTRIBUTOR_SOURCE));
  }

  /**
   * Returns what a withdrawal or revocation of consent means for the contributions: each
   * contribution becomes the items it was collected as ({@link Contribution#collectedItems()},
   * one per consent purpose of its attribution), and the consent module's {@link
   * WithdrawalImpact} says for each affected item whether it is kept, anonymised, removed from
   * everything not yet published, or, already published before the withdrawal, not used again.
   * Items are listed in contribution-id order.
   *
   * @throws InvalidInputException when the event is not a withdrawal or revocation
   */
  public List<AffectedItem> withdrawalImpact(ConsentEvent withdrawal) {
    Objects.requireNonNull(withdrawal, "withdrawal");
    List<CollectedItem> items = new ArrayList<>();
    for (Contribution c : contributions.values()) {
      items.addAll(c.collectedItems());
    }
    return WithdrawalImpact.of(withdrawal, items);
  }

  /**
   * Returns the contributions that may be quoted in a publication being prepared at {@code at},
   * each with the attribution it may carry, ordered by id: those made by {@code at} whose
   * contributor is in {@code people} and for whom {@code check} allows the preferred attribution
   * or an anonymous quote at {@code at}. A contribution whose consent was withdrawn or revoked by
   * then is therefore left out, whether or not it was published before; a contributor missing
   * from {@code people} is left out too, since their consent cannot be checked.
   *
   * @throws InvalidInputException naming {@code people} when a person appears twice
   */
  public List<UsableContribution> usableForPublication(
      AttributionCheck check, Collection<Person> people, Instant at) {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(at, "at");
    Map<PersonId, Person> byId = index(people);
    ImmutableList.Builder<UsableContribution> out = ImmutableList.builder();
    for (Contribution c : contributions.values()) {
      Person p = byId.get(c.contributor());
      if (c.at().isAfter(at) || p == null) {
        continue;
      }
      AttributionDecision d = check.check(c, p, at);
      if (d.quotable()) {
        out.add(new UsableContribution(c, d));
      }
    }
    return out.build();
  }

  /** Equal when the policies, contributions, decisions and feedback are, however they were added. */
  @Override
  public boolean equals(Object o) {
    return o instanceof VoiceRecord other && policies.equals(other.policies)
        && contributions.equals(other.contributions) && decisions.equals(other.decisions)
        && feedback.equals(other.feedback);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policies, contributions, decisions, feedback);
  }

  /** Returns the counts only; ids and facts are available from the accessors. */
  @Override
  public String toString() {
    return "VoiceRecord[" + contributions.size() + " contributions, " + decisions.size()
        + " decisions, " + feedback.size() + " feedback]";
  }
}
