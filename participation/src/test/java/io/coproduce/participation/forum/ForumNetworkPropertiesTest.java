package io.coproduce.participation.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.error.CoproduceException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.participation.Examples;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.layer.Layer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the network and its queries over random networks: random forums at random
 * layers, random memberships, and random links between them (cycles are common), all dated
 * within a year so that links start and end around the query dates.
 */
class ForumNetworkPropertiesTest {

  private static final LocalDate BASE = LocalDate.of(2025, 1, 1);
  private static final Layer[] LAYERS = Layer.values();
  private static final MembershipRole[] ROLES = MembershipRole.values();

  /** What a generated network is made of, in the order it was generated. */
  record Parts(List<Forum> forums, List<Membership> memberships, List<RepresentationLink> links, long seed) {

    ForumNetwork build() {
      return ForumNetwork.of(forums, memberships, links);
    }

    /** The same network built one item at a time, each kind shuffled. */
    ForumNetwork buildShuffled(long shuffleSeed) {
      Random random = new Random(shuffleSeed);
      List<Forum> f = new ArrayList<>(forums);
      List<Membership> m = new ArrayList<>(memberships);
      List<RepresentationLink> l = new ArrayList<>(links);
      Collections.shuffle(f, random);
      Collections.shuffle(m, random);
      Collections.shuffle(l, random);
      ForumNetwork network = ForumNetwork.empty();
      for (Forum forum : f) {
        network = network.withForum(forum);
      }
      for (Membership membership : m) {
        network = network.withMembership(membership);
      }
      for (RepresentationLink link : l) {
        network = network.withLink(link);
      }
      return network;
    }
  }

  static ForumId forumId(int i) {
    return ForumId.parse("f-" + i);
  }

  static PersonId personId(int i) {
    return PersonId.parse("p-" + i);
  }

  /** A random valid network of up to {@code maxForums} forums and {@code maxPeople} people. */
  static Parts generate(long seed, int maxForums, int maxPeople) {
    Random random = new Random(seed);
    int forumCount = 2 + random.nextInt(maxForums - 1);
    List<Forum> forums = new ArrayList<>();
    for (int i = 0; i < forumCount; i++) {
      forums.add(Forum.of(forumId(i), OrganisationId.parse("org-" + random.nextInt(3)),
          ForumKind.values()[random.nextInt(ForumKind.values().length)], LAYERS[random.nextInt(LAYERS.length)],
          "Forum " + i));
    }
    int people = 1 + random.nextInt(maxPeople);
    List<Membership> memberships = new ArrayList<>();
    List<RepresentationLink> links = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      for (int f = 0; f < forumCount; f++) {
        if (random.nextInt(3) != 0) {
          continue;
        }
        // One or two consecutive memberships of p in f.
        LocalDate from = BASE.plusDays(random.nextInt(200));
        Term first = random.nextBoolean() ? Term.from(from) : Term.between(from, from.plusDays(random.nextInt(300)));
        memberships.add(Membership.of(forumId(f), personId(p), ROLES[random.nextInt(ROLES.length)], first));
        if (first.lastDay().isPresent() && random.nextBoolean()) {
          LocalDate next = first.lastDay().get().plusDays(1 + random.nextInt(3));
          memberships.add(Membership.of(forumId(f), personId(p), ROLES[random.nextInt(ROLES.length)], Term.from(next)));
        }
        // Up to two links from f, each inside the first membership's term.
        for (int k = random.nextInt(3); k > 0; k--) {
          int to = random.nextInt(forumCount);
          if (to == f) {
            continue;
          }
          LocalDate linkFrom = from.plusDays(random.nextInt(30));
          LocalDate last = first.lastDay().orElse(null);
          if (last != null && linkFrom.isAfter(last)) {
            continue;
          }
          Term term = last == null ? Term.from(linkFrom) : Term.between(linkFrom, last);
          RepresentationLink link = RepresentationLink.of(personId(p), forumId(f), forumId(to), term);
          if (links.stream().noneMatch(l -> l.member().equals(link.member())
              && l.from().equals(link.from()) && l.to().equals(link.to()))) {
            links.add(link);
          }
        }
      }
    }
    return new Parts(forums, memberships, links, seed);
  }

  static Gen<Parts> networks() {
    return SourceDSL.longs().all().map(seed -> generate(seed, 9, 6));
  }

  static Gen<LocalDate> dates() {
    return SourceDSL.integers().between(0, 420).map(BASE::plusDays);
  }

  /** Forums reachable from the origin along links active on the date, with their distance: a plain fixed point. */
  static Map<ForumId, Integer> reference(Parts parts, ForumId origin, LocalDate date) {
    Map<ForumId, Integer> distance = new HashMap<>();
    distance.put(origin, 0);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (RepresentationLink link : parts.links()) {
        Integer d = distance.get(link.from());
        if (link.activeOn(date) && d != null) {
          Integer old = distance.get(link.to());
          if (old == null || old > d + 1) {
            distance.put(link.to(), d + 1);
            changed = true;
          }
        }
      }
    }
    distance.remove(origin);
    return distance;
  }

  @Test
  void reachEndsOnCyclesAndFindsExactlyTheForumsReachableAtTheirShortestDistance() {
    qt().withFixedSeed(20260310L).withExamples(Examples.atMost(500))
        .forAll(networks(), dates(), SourceDSL.integers().between(0, 8))
        .checkAssert((parts, date, o) -> {
          ForumNetwork network = parts.build();
          ForumId origin = forumId(o % parts.forums().size());
          VoiceReach reach = network.voiceReach(origin, date);
          Map<ForumId, Integer> expected = reference(parts, origin, date);
          assertThat(reach.forums()).containsExactlyInAnyOrderElementsOf(expected.keySet());
          for (ReachedForum r : reach.reached()) {
            assertThat(r.distance()).isEqualTo(expected.get(r.forum()));
            assertThat(r.path()).allSatisfy(h -> assertThat(h.link().activeOn(date)).isTrue());
            assertThat(r.layer()).isEqualTo(network.forum(r.forum()).orElseThrow().layer());
          }
        });
  }

  @Test
  void reachIsTheSameWhateverOrderTheNetworkWasBuiltIn() {
    qt().withFixedSeed(20260311L).withExamples(Examples.atMost(300))
        .forAll(networks(), dates(), SourceDSL.longs().all())
        .checkAssert((parts, date, shuffle) -> {
          ForumNetwork inOrder = parts.build();
          ForumNetwork shuffled = parts.buildShuffled(shuffle);
          assertThat(shuffled).isEqualTo(inOrder).hasSameHashCodeAs(inOrder);
          for (Forum forum : parts.forums()) {
            assertThat(shuffled.voiceReach(forum.id(), date)).isEqualTo(inOrder.voiceReach(forum.id(), date));
          }
        });
  }

  @Test
  void addingALinkNeverRemovesAReachedForum() {
    qt().withFixedSeed(20260312L).withExamples(Examples.atMost(300))
        .forAll(networks(), dates(), SourceDSL.integers().between(0, 1000))
        .checkAssert((parts, date, pick) -> {
          if (parts.links().isEmpty()) {
            return;
          }
          RepresentationLink extra = parts.links().get(pick % parts.links().size());
          List<RepresentationLink> fewer = new ArrayList<>(parts.links());
          fewer.remove(extra);
          ForumNetwork without = ForumNetwork.of(parts.forums(), parts.memberships(), fewer);
          ForumNetwork with = without.withLink(extra);
          for (Forum forum : parts.forums()) {
            VoiceReach before = without.voiceReach(forum.id(), date);
            VoiceReach after = with.voiceReach(forum.id(), date);
            assertThat(after.forums()).containsAll(before.forums());
            for (ReachedForum r : before.reached()) {
              assertThat(after.find(r.forum()).orElseThrow().distance()).isLessThanOrEqualTo(r.distance());
            }
          }
        });
  }

  @Test
  void theChosenPathIsTheFirstOfTheShortestPathsComparedHopByHop() {
    qt().withFixedSeed(20260313L).withExamples(Examples.atMost(200))
        .forAll(networks(), dates(), SourceDSL.integers().between(0, 8))
        .checkAssert((parts, date, o) -> {
          ForumId origin = forumId(o % parts.forums().size());
          VoiceReach reach = parts.build().voiceReach(origin, date);
          Map<ForumId, Integer> distance = reference(parts, origin, date);
          distance.put(origin, 0);
          for (ReachedForum r : reach.reached()) {
            List<List<RepresentationLink>> shortest = new ArrayList<>();
            shortestPaths(parts, date, distance, origin, r.forum(), new ArrayList<>(), shortest);
            List<RepresentationLink> first = shortest.stream().min(ForumNetworkPropertiesTest::hopByHop).orElseThrow();
            assertThat(r.path()).extracting(Hop::link).containsExactlyElementsOf(first);
            // A prefix of a chosen path is the chosen path to the forum it ends at.
            for (int i = 0; i < r.path().size(); i++) {
              assertThat(reach.pathTo(r.path().get(i).to())).contains(r.path().subList(0, i + 1));
            }
          }
        });
  }

  /** Every path from {@code at} to {@code target} whose i-th hop reaches a forum at distance i + 1. */
  static void shortestPaths(Parts parts, LocalDate date, Map<ForumId, Integer> distance, ForumId at, ForumId target,
      List<RepresentationLink> sofar, List<List<RepresentationLink>> out) {
    if (at.equals(target)) {
      out.add(List.copyOf(sofar));
      return;
    }
    for (RepresentationLink link : parts.links()) {
      if (link.from().equals(at) && link.activeOn(date)
          && distance.get(link.to()) != null && distance.get(link.to()) == sofar.size() + 1
          && sofar.size() < distance.get(target)) {
        sofar.add(link);
        shortestPaths(parts, date, distance, link.to(), target, sofar, out);
        sofar.remove(sofar.size() - 1);
      }
    }
  }

  /** The documented tie-break: hop by hop, the smaller target forum id, then the smaller member id. */
  static int hopByHop(List<RepresentationLink> a, List<RepresentationLink> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).to().value().compareTo(b.get(i).to().value());
      if (c == 0) {
        c = a.get(i).member().value().compareTo(b.get(i).member().value());
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  @Test
  void theGeneratedNetworksHaveCyclesTiesAndLongPaths() {
    int withCycle = 0;
    int withLongPath = 0;
    int withTie = 0;
    for (long seed = 0; seed < 200; seed++) {
      Parts parts = generate(seed, 9, 6);
      ForumNetwork network = parts.build();
      LocalDate date = BASE.plusDays(250);
      boolean cycle = false;
      boolean longPath = false;
      boolean tie = false;
      for (Forum forum : parts.forums()) {
        VoiceReach reach = network.voiceReach(forum.id(), date);
        Map<ForumId, Integer> distance = reference(parts, forum.id(), date);
        cycle |= reference(parts, forum.id(), date).keySet().stream()
            .anyMatch(other -> reference(parts, other, date).containsKey(forum.id()));
        longPath |= reach.reached().stream().anyMatch(r -> r.distance() >= 3);
        distance.put(forum.id(), 0);
        for (ReachedForum r : reach.reached()) {
          List<List<RepresentationLink>> shortest = new ArrayList<>();
          shortestPaths(parts, date, distance, forum.id(), r.forum(), new ArrayList<>(), shortest);
          tie |= shortest.size() > 1;
        }
      }
      withCycle += cycle ? 1 : 0;
      withLongPath += longPath ? 1 : 0;
      withTie += tie ? 1 : 0;
    }
    assertThat(withCycle).isGreaterThan(50);
    assertThat(withLongPath).isGreaterThan(50);
    assertThat(withTie).isGreaterThan(30);
  }

  @Test
  void linksWhoseMemberIsNotAMemberThroughoutAreRefusedAndNothingIsHalfApplied() {
    qt().withFixedSeed(20260314L).withExamples(Examples.atMost(300))
        .forAll(networks(), SourceDSL.integers().between(0, 8), SourceDSL.integers().between(0, 8),
            SourceDSL.integers().between(0, 420))
        .checkAssert((parts, from, to, day) -> {
          ForumNetwork network = parts.build();
          ForumId a = forumId(from % parts.forums().size());
          ForumId b = forumId(to % parts.forums().size());
          if (a.equals(b)) {
            return;
          }
          LocalDate start = BASE.plusDays(day);
          RepresentationLink link = RepresentationLink.of(personId(99), a, b, Term.between(start, start.plusDays(5)));
          try {
            network.withLink(link);
            throw new AssertionError("person p-99 is a member of nothing, yet the link was accepted");
          } catch (CoproduceException e) {
            assertThat(e.rule()).contains("must be a member of forum " + a);
          }
          assertThat(network).isEqualTo(parts.build());
        });
  }

  @Test
  void representationGapsAreTheForumsWithNoYoungVoiceAndDoNotDependOnOrder() {
    qt().withFixedSeed(20260315L).withExamples(Examples.atMost(300))
        .forAll(networks(), dates(), SourceDSL.arbitrary().enumValues(Layer.class), SourceDSL.longs().all())
        .checkAssert((parts, date, layer, shuffle) -> {
          YoungPeople people = peopleFor(parts.seed());
          ForumNetwork network = parts.build();
          List<Finding> gaps = network.representationGaps(layer, date, people);
          assertThat(parts.buildShuffled(shuffle).representationGaps(layer, date, people)).isEqualTo(gaps);
          Set<ForumId> expected = new HashSet<>();
          for (Forum forum : parts.forums()) {
            if (forum.layer().compareTo(layer) < 0) {
              continue;
            }
            boolean young = parts.memberships().stream().anyMatch(m -> m.forum().equals(forum.id())
                && m.role().carriesVoice() && m.activeOn(date) && people.isYoungPersonOn(m.person(), date))
                || parts.links().stream().anyMatch(l -> l.to().equals(forum.id()) && l.activeOn(date)
                && people.isYoungPersonOn(l.member(), date));
            assertThat(network.hasYoungPeoplesRepresentation(forum.id(), date, people)).isEqualTo(young);
            if (!young) {
              expected.add(forum.id());
            }
          }
          assertThat(gaps).hasSize(expected.size()).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("representation.none");
            assertThat(f.reason().source()).isEqualTo(ForumSources.REPRESENTATION);
          });
          assertThat(gaps).extracting(f -> f.reason().explanation().split(" ")[1])
              .containsExactlyInAnyOrderElementsOf(expected.stream().map(ForumId::value).toList());
        });
  }

  /** Some of the generated people are young, some adults, some have no record. */
  static YoungPeople peopleFor(long seed) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    List<Person> people = new ArrayList<>();
    for (int p = 0; p < 6; p++) {
      switch (random.nextInt(3)) {
        case 0 -> people.add(Person.youngPerson(personId(p),
            BirthInformation.ofDate(LocalDate.of(2005 + random.nextInt(15), 1 + random.nextInt(12), 1)),
            Jurisdiction.SCOTLAND));
        case 1 -> people.add(Person.of(personId(p), BirthInformation.ofYear(1985), Jurisdiction.SCOTLAND,
            Role.FACILITATOR));
        default -> { }
      }
    }
    return YoungPeople.of(people);
  }
}
