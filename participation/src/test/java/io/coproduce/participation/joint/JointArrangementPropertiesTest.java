package io.coproduce.participation.joint;

import static io.coproduce.participation.joint.JointWorld.COALITION_GROUP;
import static io.coproduce.participation.joint.JointWorld.COALITION_STEERING;
import static io.coproduce.participation.joint.JointWorld.PARTNERSHIP_GROUP;
import static io.coproduce.participation.joint.JointWorld.PARTNERSHIP_STEERING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.participation.Examples;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.forum.ForumNetwork;
import io.coproduce.participation.forum.Membership;
import io.coproduce.participation.forum.MembershipRole;
import io.coproduce.participation.forum.RepresentationLink;
import io.coproduce.participation.forum.Term;
import io.coproduce.participation.process.CoproductionProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the joint-working check over random arrangements: up to five joint areas with
 * random dates, up to three responses with random owners, and up to four liaisons per steering
 * group whose links to the other group start and end around the query dates.
 */
class JointArrangementPropertiesTest {

  private static final LocalDate BASE = LocalDate.of(2025, 1, 1);
  private static final List<OrganisationId> ORGANISATIONS = List.of(JointWorld.COALITION, JointWorld.PARTNERSHIP,
      JointWorld.C1, JointWorld.C2, JointWorld.P1, JointWorld.P2, JointWorld.BOTH, JointWorld.OUTSIDER);

  /** What a generated case is made of, in the order it was generated. */
  record Parts(List<JointArea> areas, List<CoproductionProcess> responses, List<Membership> memberships,
      List<RepresentationLink> links) {

    JointArrangement arrangement() {
      return new JointArrangement(COALITION_GROUP, PARTNERSHIP_GROUP, areas, responses);
    }

    ForumNetwork network() {
      return ForumNetwork.of(List.of(COALITION_STEERING, PARTNERSHIP_STEERING), memberships, links);
    }
  }

  static Parts generate(long seed) {
    Random random = new Random(seed);
    List<JointArea> areas = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      LocalDate from = BASE.plusDays(random.nextInt(300));
      JointAreaId id = JointAreaId.parse("ja-" + i);
      areas.add(random.nextBoolean() ? JointArea.from(id, "Area " + i, List.of(), from)
          : JointArea.between(id, "Area " + i, List.of(), from, from.plusDays(random.nextInt(200))));
    }
    List<CoproductionProcess> responses = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      Set<OrganisationId> owners = new HashSet<>();
      while (owners.size() < 2 || random.nextInt(3) == 0) {
        owners.add(ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size())));
      }
      responses.add(JointWorld.response("resp-" + i, owners));
    }
    List<Membership> memberships = new ArrayList<>();
    List<RepresentationLink> links = new ArrayList<>();
    for (ForumId[] pair : List.of(new ForumId[] {COALITION_STEERING.id(), PARTNERSHIP_STEERING.id()},
        new ForumId[] {PARTNERSHIP_STEERING.id(), COALITION_STEERING.id()})) {
      for (int p = random.nextInt(5); p > 0; p--) {
        PersonId person = PersonId.parse("st-" + pair[0].value() + "-" + p);
        memberships.add(Membership.of(pair[0], person, MembershipRole.LIAISON, Term.from(BASE)));
        LocalDate from = BASE.plusDays(random.nextInt(300));
        links.add(RepresentationLink.of(person, pair[0], pair[1], random.nextBoolean() ? Term.from(from)
            : Term.between(from, from.plusDays(random.nextInt(200)))));
      }
    }
    return new Parts(areas, responses, memberships, links);
  }

  static Gen<Parts> cases() {
    return SourceDSL.longs().all().map(JointArrangementPropertiesTest::generate);
  }

  static Gen<LocalDate> dates() {
    return SourceDSL.integers().between(0, 520).map(BASE::plusDays);
  }

  static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** Ownership by both groups, found directly: two different owners, one from each group. */
  static boolean ownedByBoth(Set<OrganisationId> owners) {
    for (OrganisationId a : owners) {
      for (OrganisationId b : owners) {
        if (!a.equals(b) && COALITION_GROUP.includes(a) && PARTNERSHIP_GROUP.includes(b)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void aLiaisonIsMissingExactlyWhereNoLinkRunsThatWayOnTheDate() {
    qt().withFixedSeed(20260501L).withExamples(Examples.atMost(400))
        .forAll(cases(), dates())
        .checkAssert((parts, date) -> {
          List<Finding> findings = parts.arrangement().check(parts.network(), date);
          boolean cToP = parts.links().stream()
              .anyMatch(l -> l.from().equals(COALITION_STEERING.id()) && l.activeOn(date));
          boolean pToC = parts.links().stream()
              .anyMatch(l -> l.from().equals(PARTNERSHIP_STEERING.id()) && l.activeOn(date));
          long active = parts.areas().stream().filter(a -> a.activeOn(date)).count();
          long notJoint = parts.responses().stream().filter(r -> !ownedByBoth(r.owners())).count();
          assertThat(findings.stream().filter(f -> f.rule().equals(JointRules.LIAISON_MISSING)))
              .hasSize((int) (active * ((cToP ? 0 : 1) + (pToC ? 0 : 1))));
          assertThat(findings.stream().filter(f -> f.rule().equals(JointRules.RESPONSE_NOT_JOINT)))
              .hasSize((int) notJoint);
        });
  }

  @Test
  void theCheckDoesNotDependOnTheOrderThePartsWereGiven() {
    qt().withFixedSeed(20260502L).withExamples(Examples.atMost(300))
        .forAll(cases(), dates(), SourceDSL.longs().all())
        .checkAssert((parts, date, seed) -> {
          Random random = new Random(seed);
          Parts reordered = new Parts(shuffled(parts.areas(), random), shuffled(parts.responses(), random),
              shuffled(parts.memberships(), random), shuffled(parts.links(), random));
          assertThat(reordered.arrangement()).isEqualTo(parts.arrangement());
          assertThat(reordered.arrangement().check(reordered.network(), date))
              .isEqualTo(parts.arrangement().check(parts.network(), date));
        });
  }

  @Test
  void addingALiaisonLinkNeverAddsALiaisonFinding() {
    qt().withFixedSeed(20260503L).withExamples(Examples.atMost(300))
        .forAll(cases(), dates(), SourceDSL.integers().between(0, 1000))
        .checkAssert((parts, date, pick) -> {
          if (parts.links().isEmpty()) {
            return;
          }
          RepresentationLink extra = parts.links().get(pick % parts.links().size());
          List<RepresentationLink> fewer = new ArrayList<>(parts.links());
          fewer.remove(extra);
          ForumNetwork without = ForumNetwork.of(List.of(COALITION_STEERING, PARTNERSHIP_STEERING),
              parts.memberships(), fewer);
          long before = parts.arrangement().check(without, date).stream()
              .filter(f -> f.rule().equals(JointRules.LIAISON_MISSING)).count();
          long after = parts.arrangement().check(without.withLink(extra), date).stream()
              .filter(f -> f.rule().equals(JointRules.LIAISON_MISSING)).count();
          assertThat(after).isLessThanOrEqualTo(before);
        });
  }
}
