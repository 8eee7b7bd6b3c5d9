package io.coproduce.participation.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.person.Person;
import io.coproduce.participation.Examples;
import io.coproduce.participation.SessionWorld;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.session.AdultAttendee;
import io.coproduce.participation.session.SessionPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class SessionCheckerPropertiesTest {

  private static final Set<String> RATIO_RULES = Set.of(SessionChecker.RATIO_RULE, SessionChecker.TWO_ADULTS_RULE,
      SessionChecker.RISK_ASSESSMENT_RULE);

  private final SessionChecker checker = SessionChecker.of(new SessionWorld().gate());

  private static Gen<List<Integer>> ages() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, 25)).ofSizeBetween(1, 40);
  }

  private static List<Person> people(List<Integer> ages) {
    List<Person> out = new ArrayList<>();
    for (int i = 0; i < ages.size(); i++) {
      out.add(SessionWorld.child("c-" + i, ages.get(i)));
    }
    return out;
  }

  private Set<String> ratioBlockers(SessionPlan plan) {
    return checker.check(plan).findings().stream().filter(Finding::blocks).map(Finding::rule)
        .filter(RATIO_RULES::contains).collect(Collectors.toSet());
  }

  @Test
  void addingACheckedAdultNeverAddsARatioBlocker() {
    qt().withFixedSeed(20261205L).withExamples(Examples.atMost(300))
        .forAll(ages(), SourceDSL.integers().between(0, 6), SourceDSL.integers().between(0, 5))
        .checkAssert((ages, adults, risk) -> {
          SessionPlan before = SessionWorld.workshop(people(ages), SessionWorld.staff("a", adults))
              .riskAssessedMinimumAdults(risk).build();
          List<AdultAttendee> more = new ArrayList<>(before.adults());
          more.add(SessionWorld.staff("extra"));
          SessionPlan after = before.toBuilder().adults(more).build();

          assertThat(ratioBlockers(before)).containsAll(ratioBlockers(after));
        });
  }

  @Test
  void removingAChildNeverAddsARatioBlocker() {
    qt().withFixedSeed(20261206L).withExamples(Examples.atMost(300))
        .forAll(ages().assuming(a -> a.size() > 1), SourceDSL.integers().between(0, 6), SourceDSL.integers().between(0, 39))
        .checkAssert((ages, adults, pick) -> {
          List<Person> group = people(ages);
          SessionPlan before = SessionWorld.workshop(group, SessionWorld.staff("a", adults)).build();
          List<Person> fewer = new ArrayList<>(group);
          fewer.remove(pick % fewer.size());
          SessionPlan after = before.toBuilder().youngPeople(fewer).build();

          assertThat(ratioBlockers(before)).containsAll(ratioBlockers(after));
        });
  }

  @Test
  void theRatioBlockerAppearsExactlyWhenTooFewAdultsForTheYoungestChild() {
    qt().withFixedSeed(20261207L).withExamples(Examples.atMost(300))
        .forAll(ages(), SourceDSL.integers().between(0, 8))
        .checkAssert((ages, adults) -> {
          SessionPlan plan = SessionWorld.workshop(people(ages), SessionWorld.staff("a", adults)).build();
          List<Integer> childAges = ages.stream().filter(a -> a < 18).toList();
          boolean expected = !childAges.isEmpty() && adults * SafeguardingPolicy.defaults()
              .childrenPerAdult(childAges.stream().mapToInt(Integer::intValue).min().orElseThrow()) < childAges.size();

          assertThat(ratioBlockers(plan).contains(SessionChecker.RATIO_RULE)).isEqualTo(expected);
        });
  }
}
