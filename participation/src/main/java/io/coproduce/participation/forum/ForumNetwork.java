package io.coproduce.participation.forum;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.PersonId;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.layer.Layer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Forums, the memberships of people in them, and the representation links that carry voice
 * between them: the picture of who sits where, at which layer, for whom. Immutable and
 * thread-safe; every {@code with...} method returns a new network, or refuses the change whole
 * and leaves nothing half-applied.
 *
 * <p>What a network refuses, each with an error naming the field and the rule (ids only):
 * <ul>
 *   <li>two different forums with the same id ({@code forum.id});
 *   <li>a membership or link naming a forum the network does not hold
 *       ({@link UnknownReferenceException}, kind {@code "forum in membership.forum"},
 *       {@code "forum in link.from"} or {@code "forum in link.to"});
 *   <li>two memberships of the same person in the same forum whose terms overlap
 *       ({@code membership.term}): a person has one role in a forum on any day;
 *   <li>a link whose member is not a member of the forum they sit for on every day of the link's
 *       term ({@code link.member}); consecutive memberships (member, then chair) together cover;
 *   <li>two links of the same member from the same forum to the same forum whose terms overlap
 *       ({@code link.term}).
 * </ul>
 *
 * <p>What it deliberately accepts: cycles (two partners' liaisons on each other's steering
 * groups); a person who sits for the same forum on several others, or for several forums on the
 * same one; a forum with no members at all (at the national layer that is a
 * {@linkplain #representationGaps finding}, not an error); adding what it already holds (the same
 * forum, membership or link again leaves the network as it was).
 *
 * <p>Two networks are equal when they hold the same forums, memberships and links, whatever the
 * order they were added in; every query answers alike for equal networks.
 */
public final class ForumNetwork {

  private static final Comparator<ForumId> FORUM_ORDER = Comparator.comparing(ForumId::value);
  private static final Comparator<PersonId> PERSON_ORDER = Comparator.comparing(PersonId::value);
  private static final Comparator<LocalDate> DATE_ORDER = LocalDate::compareTo;
  private static final Comparator<Term> TERM_ORDER = Comparator.comparing((Term t) -> t.from(), DATE_ORDER)
      .thenComparing(Term::until, Comparator.nullsLast(DATE_ORDER))
      .thenComparing(Term::endedEarlyOn, Comparator.nullsLast(DATE_ORDER))
      .thenComparing(Term::endReason, Comparator.nullsLast(Comparator.<TermEndReason>naturalOrder()));
  private static final Comparator<Membership> MEMBERSHIP_ORDER =
      Comparator.comparing(Membership::person, PERSON_ORDER)
          .thenComparing(Membership::term, TERM_ORDER)
          .thenComparing(Membership::role);
  /** The tie-break of the reach query: among links leaving one forum, by target id, then member id. */
  private static final Comparator<RepresentationLink> LINK_ORDER =
      Comparator.comparing(RepresentationLink::to, FORUM_ORDER)
          .thenComparing(RepresentationLink::member, PERSON_ORDER)
          .thenComparing(RepresentationLink::term, TERM_ORDER);
  private static final Comparator<RepresentationLink> INBOUND_ORDER =
      Comparator.comparing(RepresentationLink::from, FORUM_ORDER).thenComparing(LINK_ORDER);

  private static final ForumNetwork EMPTY =
      new ForumNetwork(ImmutableSortedMap.of(), ImmutableSet.of(), ImmutableSet.of());

  private final ImmutableSortedMap<ForumId, Forum> forums;
  private final ImmutableSet<Membership> memberships;
  private final ImmutableSet<RepresentationLink> links;
  private final ImmutableListMultimap<ForumId, Membership> membershipsByForum;
  private final ImmutableListMultimap<ForumId, RepresentationLink> linksFrom;
  private final ImmutableListMultimap<ForumId, RepresentationLink> linksInto;

  private ForumNetwork(ImmutableSortedMap<ForumId, Forum> forums, ImmutableSet<Membership> memberships,
      ImmutableSet<RepresentationLink> links) {
    this.forums = forums;
    this.memberships = memberships;
    this.links = links;
    for (Membership m : memberships) {
      requireForum(m.forum(), "forum in membership.forum");
    }
    this.membershipsByForum = memberships.stream().sorted(MEMBERSHIP_ORDER)
        .collect(ImmutableListMultimap.toImmutableListMultimap(Membership::forum, m -> m));
    requireNoOverlappingMemberships();
    for (RepresentationLink link : links) {
      requireForum(link.from(), "forum in link.from");
      requireForum(link.to(), "forum in link.to");
    }
    this.linksFrom = links.stream().sorted(LINK_ORDER)
        .collect(ImmutableListMultimap.toImmutableListMultimap(RepresentationLink::from, l -> l));
    this.linksInto = links.stream().sorted(INBOUND_ORDER)
        .collect(ImmutableListMultimap.toImmutableListMultimap(RepresentationLink::to, l -> l));
    requireNoOverlappingLinks();
    for (RepresentationLink link : this.linksFrom.values()) {
      requireMemberThroughout(link);
    }
  }

  /** A network with nothing in it. */
  public static ForumNetwork empty() {
    return EMPTY;
  }

  /**
   * A network of these forums, memberships and links, checked as a whole.
   *
   * @throws InvalidInputException or {@link UnknownReferenceException} as described in the class
   *     description
   */
  public static ForumNetwork of(Collection<Forum> forums, Collection<Membership> memberships,
      Collection<RepresentationLink> links) {
    Map<ForumId, Forum> byId = new HashMap<>();
    for (Forum forum : forums) {
      addForum(byId, forum);
    }
    return new ForumNetwork(ImmutableSortedMap.copyOf(byId, FORUM_ORDER),
        ImmutableSet.copyOf(memberships), ImmutableSet.copyOf(links));
  }

  private static void addForum(Map<ForumId, Forum> byId, Forum forum) {
    Objects.requireNonNull(forum, "forum");
    Forum held = byId.putIfAbsent(forum.id(), forum);
    if (held != null && !held.equals(forum)) {
      throw InvalidInputException.of("forum.id",
          "must be unique in the network: a forum with other details already has this id", forum.id());
    }
  }

  /**
   * Returns a network that also holds {@code forum}.
   *
   * @throws InvalidInputException naming {@code forum.id} when a different forum has its id
   */
  public ForumNetwork withForum(Forum forum) {
    Map<ForumId, Forum> byId = new HashMap<>(forums);
    addForum(byId, forum);
    if (byId.size() == forums.size()) {
      return this;
    }
    return new ForumNetwork(ImmutableSortedMap.copyOf(byId, FORUM_ORDER), memberships, links);
  }

  /**
   * Returns a network that also holds {@code membership}.
   *
   * @throws UnknownReferenceException when its forum is not in the network
   * @throws InvalidInputException naming {@code membership.term} when it overlaps another
   *     membership of the same person in the same forum
   */
  public ForumNetwork withMembership(Membership membership) {
    Objects.requireNonNull(membership, "membership");
    if (memberships.contains(membership)) {
      return this;
    }
    return new ForumNetwork(forums,
        ImmutableSet.<Membership>builder().addAll(memberships).add(membership).build(), links);
  }

  /**
   * Returns a network that also holds {@code link}.
   *
   * @throws UnknownReferenceException when either forum is not in the network
   * @throws InvalidInputException naming {@code link.member} when the member is not a member of
   *     {@code link.from()} on every day of the link's term, or {@code link.term} when it overlaps
   *     another link of the same member between the same forums
   */
  public ForumNetwork withLink(RepresentationLink link) {
    Objects.requireNonNull(link, "link");
    if (links.contains(link)) {
      return this;
    }
    return new ForumNetwork(forums, memberships,
        ImmutableSet.<RepresentationLink>builder().addAll(links).add(link).build());
  }

  /**
   * Returns a network in which {@code person}'s membership of {@code forum} that is active on
   * {@code on} ends early, {@code on} being its last day.
   *
   * @throws UnknownReferenceException when there is no such active membership
   * @throws InvalidInputException naming {@code term.endedEarlyOn} when the membership cannot end
   *     early on that day, or {@code link.member} when a link still needs the membership after it
   *     (end the link first)
   */
  public ForumNetwork withMembershipEnded(ForumId forum, PersonId person, LocalDate on, TermEndReason reason) {
    Objects.requireNonNull(forum, "forum");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(reason, "reason");
    Membership active = membershipsByForum.get(forum).stream()
        .filter(m -> m.person().equals(person) && m.activeOn(on))
        .findFirst()
        .orElseThrow(() -> UnknownReferenceException.of(
            "membership of forum " + forum + " active on " + on + " for person", person));
    Membership ended = active.endedEarly(on, reason);
    return new ForumNetwork(forums, replace(memberships, active, ended), links);
  }

  /**
   * Returns a network in which {@code member}'s link from {@code from} to {@code to} that is
   * active on {@code on} ends early, {@code on} being its last day.
   *
   * @throws UnknownReferenceException when there is no such active link
   * @throws InvalidInputException naming {@code term.endedEarlyOn} when the link cannot end
   *     early on that day
   */
  public ForumNetwork withLinkEnded(PersonId member, ForumId from, ForumId to, LocalDate on, TermEndReason reason) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(reason, "reason");
    RepresentationLink active = linksFrom.get(from).stream()
        .filter(l -> l.member().equals(member) && l.to().equals(to) && l.activeOn(on))
        .findFirst()
        .orElseThrow(() -> UnknownReferenceException.of(
            "link from " + from + " to " + to + " active on " + on + " for person", member));
    return new ForumNetwork(forums, memberships, replace(links, active, active.endedEarly(on, reason)));
  }

  private static <T> ImmutableSet<T> replace(ImmutableSet<T> set, T old, T replacement) {
    ImmutableSet.Builder<T> builder = ImmutableSet.builder();
    for (T item : set) {
      builder.add(item.equals(old) ? replacement : item);
    }
    return builder.build();
  }

  /** Returns the forum with this id, if the network holds it. */
  public Optional<Forum> forum(ForumId id) {
    return Optional.ofNullable(forums.get(Objects.requireNonNull(id, "id")));
  }

  /** Returns every forum, ordered by id. */
  public List<Forum> forums() {
    return forums.values().asList();
  }

  /** Returns every membership (in any order; equal networks hold equal sets). */
  public Set<Membership> memberships() {
    return memberships;
  }

  /** Returns every representation link (in any order; equal networks hold equal sets). */
  public Set<RepresentationLink> links() {
    return links;
  }

  /**
   * Returns the memberships of {@code forum} active on {@code date}, ordered by person id.
   *
   * @throws UnknownReferenceException when the network does not hold the forum
   */
  public List<Membership> membershipsOn(ForumId forum, LocalDate date) {
    requireForum(forum, "forum");
    Objects.requireNonNull(date, "date");
    return membershipsByForum.get(forum).stream().filter(m -> m.activeOn(date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the links by which people sit on other forums for {@code forum} on {@code date},
   * ordered by the forum they sit on, then by person id.
   *
   * @throws UnknownReferenceException when the network does not hold the forum
   */
  public List<RepresentationLink> linksFromOn(ForumId forum, LocalDate date) {
    requireForum(forum, "forum");
    Objects.requireNonNull(date, "date");
    return linksFrom.get(forum).stream().filter(l -> l.activeOn(date)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the links by which people sit on {@code forum} for other forums on {@code date},
   * ordered by the forum they sit for, then by person id.
   *
   * @throws UnknownReferenceException when the network does not hold the forum
   */
  public List<RepresentationLink> linksIntoOn(ForumId forum, LocalDate date) {
    requireForum(forum, "forum");
    Objects.requireNonNull(date, "date");
    return linksInto.get(forum).stream().filter(l -> l.activeOn(date)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns which forums {@code origin}'s voice reaches on {@code date}, by which people, across
   * which layers ({@link ForumSources#VOICE_REACH}). Voice travels along the links active on the
   * date: from a forum to each forum on which someone sits for it, and on from there. Each forum
   * reached is listed once with its shortest path; among equally short paths the one chosen is
   * the first when the paths are compared hop by hop from the origin, a hop coming first when it
   * reaches the forum with the smaller id, then when it is carried by the person with the smaller
   * id. The query visits each forum at most once, so it ends on networks with cycles, and it
   * gives the same answer whatever order the network was built in.
   *
   * @throws UnknownReferenceException when the network does not hold {@code origin}
   */
  public VoiceReach voiceReach(ForumId origin, LocalDate date) {
    Forum start = requireForum(origin, "forum");
    Objects.requireNonNull(date, "date");
    Map<ForumId, List<Hop>> paths = new HashMap<>();
    paths.put(origin, ImmutableList.of());
    List<ReachedForum> reached = new ArrayList<>();
    List<ForumId> frontier = List.of(origin);
    while (!frontier.isEmpty()) {
      List<ForumId> next = new ArrayList<>();
      for (ForumId forum : frontier) {
        Layer fromLayer = forums.get(forum).layer();
        for (RepresentationLink link : linksFrom.get(forum)) {
          if (link.activeOn(date) && !paths.containsKey(link.to())) {
            Layer toLayer = forums.get(link.to()).layer();
            List<Hop> path = ImmutableList.<Hop>builder().addAll(paths.get(forum))
                .add(Hop.of(link, fromLayer, toLayer)).build();
            paths.put(link.to(), path);
            reached.add(new ReachedForum(link.to(), toLayer, path));
            next.add(link.to());
          }
        }
      }
      frontier = next;
    }
    return new VoiceReach(origin, start.layer(), date, reached);
  }

  /**
   * Returns whether {@code forum} has young people's representation on {@code date}: an active
   * member in a role that {@linkplain MembershipRole#carriesVoice() carries voice} who is a young
   * person, or an active link by which a young person sits on it for another forum. Who is a
   * young person is read from {@code people} ({@link YoungPeople}, {@link ForumSources#YOUNG_PERSON}).
   *
   * @throws UnknownReferenceException when the network does not hold the forum
   */
  public boolean hasYoungPeoplesRepresentation(ForumId forum, LocalDate date, YoungPeople people) {
    Objects.requireNonNull(people, "people");
    return seatsWithVoice(forum, date).stream().anyMatch(p -> people.isYoungPersonOn(p, date));
  }

  /**
   * Returns whether {@code forum} is a young people's forum on {@code date}: it has at least one
   * active member in a role that carries voice, and every such member is a young person. Adults
   * who facilitate or observe do not change the answer; people who sit on it for other forums
   * are not its members and are not counted.
   *
   * @throws UnknownReferenceException when the network does not hold the forum
   */
  public boolean isYoungPeoplesForum(ForumId forum, LocalDate date, YoungPeople people) {
    Objects.requireNonNull(people, "people");
    List<PersonId> voices = membershipsOn(forum, date).stream().filter(m -> m.role().carriesVoice())
        .map(Membership::person).toList();
    return !voices.isEmpty() && voices.stream().allMatch(p -> people.isYoungPersonOn(p, date));
  }

  /**
   * Returns a warning for every forum at {@code atOrAbove} or a higher layer that has no young
   * people's representation at all on {@code date} (see {@link #hasYoungPeoplesRepresentation}),
   * highest layer first, then by forum id. Each finding has rule {@code "representation.none"},
   * cites {@link ForumSources#REPRESENTATION}, names the forum by id, and is about the people
   * whose records were missing or in doubt (see {@link YoungPeople.Standing#isDoubtful()}), so a
   * host can tell a real gap from a gap in its records. A forum with no one in it is a finding,
   * not an error.
   */
  public List<Finding> representationGaps(Layer atOrAbove, LocalDate date, YoungPeople people) {
    Objects.requireNonNull(atOrAbove, "atOrAbove");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(people, "people");
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    forums.values().stream()
        .filter(f -> !atOrAbove.isAbove(f.layer()))
        .sorted(Comparator.comparing(Forum::layer).reversed().thenComparing(Forum::id, FORUM_ORDER))
        .forEach(f -> gap(f, date, people).ifPresent(findings::add));
    return findings.build();
  }

  private Optional<Finding> gap(Forum forum, LocalDate date, YoungPeople people) {
    Set<PersonId> seats = seatsWithVoice(forum.id(), date);
    Map<PersonId, YoungPeople.Standing> standings = new TreeMap<>(PERSON_ORDER);
    for (PersonId person : seats) {
      YoungPeople.Standing standing = people.standingOn(person, date);
      if (standing.counts()) {
        return Optional.empty();
      }
      standings.put(person, standing);
    }
    List<PersonId> doubtful = standings.entrySet().stream().filter(e -> e.getValue().isDoubtful())
        .map(Map.Entry::getKey).toList();
    StringBuilder text = new StringBuilder()
        .append("Forum ").append(forum.id()).append(" (").append(forum.kind().label()).append(" at the ")
        .append(forum.layer().label()).append(" layer) has no young people's representation on ")
        .append(date).append(": ");
    if (seats.isEmpty()) {
      text.append("it has no active members with a voice and no one sits on it for another forum");
    } else {
      text.append("none of the ").append(seats.size())
          .append(" people with a seat and a voice is a young person aged 0 to ").append(YoungPeople.MAX_AGE)
          .append(" with the young person role");
      if (!doubtful.isEmpty()) {
        text.append("; not counted because the records are missing or in doubt: ")
            .append(doubtful.stream().map(p -> p + " (" + standings.get(p).label() + ")")
                .collect(Collectors.joining(", ")));
      }
    }
    text.append(". Views need an audience with the power to act on them.");
    return Optional.of(Finding.of(Severity.WARNING, "representation.none", text.toString(),
        ForumSources.REPRESENTATION, doubtful));
  }

  /** The people with a voice in the forum on the date: members in voice roles and inbound representatives. */
  private Set<PersonId> seatsWithVoice(ForumId forum, LocalDate date) {
    Set<PersonId> seats = new HashSet<>();
    membershipsOn(forum, date).stream().filter(m -> m.role().carriesVoice()).forEach(m -> seats.add(m.person()));
    linksIntoOn(forum, date).forEach(l -> seats.add(l.member()));
    return ImmutableSortedSet.copyOf(PERSON_ORDER, seats);
  }

  private Forum requireForum(ForumId id, String kind) {
    Objects.requireNonNull(id, kind);
    Forum forum = forums.get(id);
    if (forum == null) {
      throw UnknownReferenceException.of(kind, id);
    }
    return forum;
  }

  private void requireNoOverlappingMemberships() {
    for (ForumId forum : membershipsByForum.keySet()) {
      List<Membership> held = membershipsByForum.get(forum);
      for (int i = 1; i < held.size(); i++) {
        Membership before = held.get(i - 1);
        Membership m = held.get(i);
        if (before.person().equals(m.person()) && before.term().overlaps(m.term())) {
          throw InvalidInputException.of("membership.term",
              "must not overlap another membership of person " + m.person() + " in forum " + forum
                  + " (" + before.term() + "): a person has one role in a forum on any day", m.term());
        }
      }
    }
  }

  private void requireNoOverlappingLinks() {
    for (ForumId from : linksFrom.keySet()) {
      List<RepresentationLink> out = linksFrom.get(from);
      for (int i = 1; i < out.size(); i++) {
        RepresentationLink before = out.get(i - 1);
        RepresentationLink link = out.get(i);
        if (before.member().equals(link.member()) && before.to().equals(link.to())
            && before.term().overlaps(link.term())) {
          throw InvalidInputException.of("link.term",
              "must not overlap another link of person " + link.member() + " from forum " + from
                  + " to forum " + link.to() + " (" + before.term() + ")", link.term());
        }
      }
    }
  }

  private void requireMemberThroughout(RepresentationLink link) {
    LocalDate gap = firstDayNotAMember(link);
    if (gap != null) {
      throw InvalidInputException.of("link.member",
          "must be a member of forum " + link.from() + " on every day of the link's term (" + link.term()
              + "); person " + link.member() + " is not a member of it on " + gap, link.member());
    }
  }

  /** The first day of the link's term on which its member is not a member of its from-forum, or null. */
  private LocalDate firstDayNotAMember(RepresentationLink link) {
    LocalDate cursor = link.term().from();
    Optional<LocalDate> needed = link.term().lastDay();
    // Memberships of one person in one forum never overlap, so in order of start they tile time.
    for (Membership m : membershipsByForum.get(link.from())) {
      if (!m.person().equals(link.member())) {
        continue;
      }
      if (m.term().from().isAfter(cursor)) {
        return cursor;
      }
      Optional<LocalDate> last = m.term().lastDay();
      if (last.isEmpty() || last.get().equals(LocalDate.MAX)) {
        return null;
      }
      if (!last.get().isBefore(cursor)) {
        if (needed.isPresent() && !last.get().isBefore(needed.get())) {
          return null;
        }
        cursor = last.get().plusDays(1);
      }
    }
    return cursor;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ForumNetwork other && forums.equals(other.forums)
        && memberships.equals(other.memberships) && links.equals(other.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(forums, memberships, links);
  }

  /** Returns how many forums, memberships and links the network holds. */
  @Override
  public String toString() {
    return "ForumNetwork[" + forums.size() + " forums, " + memberships.size() + " memberships, "
        + links.size() + " links]";
  }
}
