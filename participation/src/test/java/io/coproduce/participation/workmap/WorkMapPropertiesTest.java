package io.coproduce.participation.workmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.Examples;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.strategy.ObjectiveId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the work map's queries over random maps: up to fourteen workstreams of up to five
 * members on four objectives, with random bands, regions (areas and wider reaches), layers,
 * methods and dates within a year, so that work starts and ends around the query dates.
 */
class WorkMapPropertiesTest {

  private static final LocalDate BASE = LocalDate.of(2025, 1, 1);
  private static final Region[] REGIONS = Region.values();
  private static final AgeBand[] BANDS = AgeBand.values();
  private static final Layer[] LAYERS = Layer.values();
  private static final WorkstreamMethod[] METHODS = WorkstreamMethod.values();
  private static final List<ObjectiveId> OBJECTIVES = List.of(ObjectiveId.parse("o-1"), ObjectiveId.parse("o-2"),
      ObjectiveId.parse("o-3"), ObjectiveId.parse("o-4"));

  static <T> Set<T> some(Random random, T[] values, int max, IntFunction<Set<T>> empty) {
    Set<T> set = empty.apply(0);
    int n = 1 + random.nextInt(max);
    for (int i = 0; i < n; i++) {
      set.add(values[random.nextInt(values.length)]);
    }
    return set;
  }

  static Workstream workstream(Random random, int index) {
    LocalDate from = BASE.plusDays(random.nextInt(200));
    Workstream.Builder b = Workstream.builder(WorkstreamId.parse("w-" + index),
            OrganisationId.parse("org-" + random.nextInt(5)))
        .objectives(some(random, OBJECTIVES.toArray(ObjectiveId[]::new), 2, n -> new HashSet<>()))
        .ageBands(some(random, BANDS, 4, n -> EnumSet.noneOf(AgeBand.class)))
        .regions(some(random, REGIONS, 3, n -> EnumSet.noneOf(Region.class)))
        .layers(some(random, LAYERS, 2, n -> EnumSet.noneOf(Layer.class)))
        .methods(some(random, METHODS, 2, n -> EnumSet.noneOf(WorkstreamMethod.class)))
        .funding(FundingStatus.values()[random.nextInt(4)]);
    return (random.nextBoolean() ? b.activeFrom(from) : b.active(from, from.plusDays(random.nextInt(300)))).build();
  }

  /** Random workstreams, in the order they were generated. */
  static List<Workstream> generate(long seed, int max) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(max);
    List<Workstream> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(workstream(random, i));
    }
    return list;
  }

  static Bid bid(long seed) {
    Random random = new Random(seed);
    return Bid.of(some(random, OBJECTIVES.toArray(ObjectiveId[]::new), 3, n -> new HashSet<>()),
        some(random, BANDS, 4, n -> EnumSet.noneOf(AgeBand.class)),
        some(random, REGIONS, 3, n -> EnumSet.noneOf(Region.class)),
        random.nextBoolean() ? Set.of() : some(random, LAYERS, 2, n -> EnumSet.noneOf(Layer.class)),
        random.nextBoolean() ? Set.of() : some(random, METHODS, 3, n -> EnumSet.noneOf(WorkstreamMethod.class)));
  }

  static Gen<List<Workstream>> maps() {
    return SourceDSL.longs().all().map(seed -> generate(seed, 14));
  }

  static Gen<LocalDate> dates() {
    return SourceDSL.integers().between(0, 420).map(BASE::plusDays);
  }

  static Gen<Region> regions() {
    return SourceDSL.integers().between(0, REGIONS.length - 1).map(i -> REGIONS[i]);
  }

  static List<Workstream> shuffled(List<Workstream> list, long seed) {
    List<Workstream> copy = new ArrayList<>(list);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  static WorkMap oneByOne(List<Workstream> list) {
    WorkMap map = WorkMap.empty();
    for (Workstream w : list) {
      map = map.with(w);
    }
    return map;
  }

  /** The members whose active work on the date serves the objective for the band in the area, found directly. */
  static Set<OrganisationId> whoCovers(List<Workstream> list, LocalDate date, ObjectiveId objective, Region area,
      AgeBand band) {
    Set<OrganisationId> members = new TreeSet<>(java.util.Comparator.comparing(OrganisationId::value));
    for (Workstream w : list) {
      if (w.activeOn(date) && w.serves(objective) && w.ageBands().contains(band) && w.areas().contains(area)) {
        members.add(w.member());
      }
    }
    return members;
  }

  @Test
  void overlapsAreExactlyTheCellsWhereTwoOrMoreMembersMeet() {
    qt().withFixedSeed(20260401L).withExamples(Examples.atMost(200))
        .forAll(maps(), dates())
        .checkAssert((list, date) -> {
          List<Overlap> overlaps = WorkMap.of(list).overlapsOn(date);
          for (ObjectiveId objective : OBJECTIVES) {
            for (Region area : Region.UK_WIDE.areas()) {
              for (AgeBand band : BANDS) {
                Set<OrganisationId> members = whoCovers(list, date, objective, area, band);
                List<Overlap> holding = overlaps.stream()
                    .filter(o -> o.objective().equals(objective) && o.covers(area, band)).toList();
                if (members.size() < 2) {
                  assertThat(holding).isEmpty();
                } else {
                  assertThat(holding).hasSize(1);
                  assertThat(holding.get(0).members()).isEqualTo(members);
                }
              }
            }
          }
          assertThat(overlaps).isSortedAccordingTo(java.util.Comparator.comparing((Overlap o) -> o.objective().value())
              .thenComparing(o -> List.copyOf(o.members()), com.google.common.collect.Comparators.lexicographical(
                  java.util.Comparator.comparing(OrganisationId::value))));
          for (Overlap o : overlaps) {
            assertThat(o.workstreams()).allMatch(id -> list.stream()
                .anyMatch(w -> w.id().equals(id) && w.activeOn(date) && w.serves(o.objective())
                    && o.members().contains(w.member())));
          }
        });
  }

  @Test
  void resultsDoNotDependOnTheOrderWorkstreamsWereDeclared() {
    qt().withFixedSeed(20260402L).withExamples(Examples.atMost(200))
        .forAll(maps(), dates(), regions(), SourceDSL.longs().all())
        .checkAssert((list, date, within, seed) -> {
          WorkMap inOrder = WorkMap.of(list);
          List<Workstream> reordered = shuffled(list, seed);
          for (WorkMap other : List.of(WorkMap.of(reordered), oneByOne(reordered))) {
            assertThat(other).isEqualTo(inOrder).hasSameHashCodeAs(inOrder);
            assertThat(other.overlapsOn(date)).isEqualTo(inOrder.overlapsOn(date));
            assertThat(other.gapsOn(date, within, OBJECTIVES)).isEqualTo(inOrder.gapsOn(date, within, OBJECTIVES));
            Bid bid = bid(seed);
            assertThat(other.candidatePartners(bid, date)).isEqualTo(inOrder.candidatePartners(bid, date));
          }
          assertThat(inOrder.gapsOn(date, within, OBJECTIVES))
              .isEqualTo(inOrder.gapsOn(date, within, shuffledObjectives(seed)));
        });
  }

  static List<ObjectiveId> shuffledObjectives(long seed) {
    List<ObjectiveId> copy = new ArrayList<>(OBJECTIVES);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  @Test
  void addingAWorkstreamNeverRemovesAnOverlap() {
    qt().withFixedSeed(20260403L).withExamples(Examples.atMost(300))
        .forAll(maps(), dates(), SourceDSL.longs().all())
        .checkAssert((list, date, seed) -> {
          WorkMap before = WorkMap.of(list);
          WorkMap after = before.with(workstream(new Random(seed), 99));
          List<Overlap> later = after.overlapsOn(date);
          for (Overlap o : before.overlapsOn(date)) {
            o.shared().forEach((area, bands) -> bands.forEach(band ->
                assertThat(later.stream().anyMatch(l -> l.objective().equals(o.objective()) && l.covers(area, band)
                    && l.members().containsAll(o.members())))
                    .as("%s still meets on %s in %s for %s", o.members(), o.objective(), area, band).isTrue()));
          }
        });
  }

  @Test
  void addingAWorkstreamNeverAddsAGap() {
    qt().withFixedSeed(20260404L).withExamples(Examples.atMost(300))
        .forAll(maps(), dates(), regions(), SourceDSL.longs().all())
        .checkAssert((list, date, within, seed) -> {
          WorkMap before = WorkMap.of(list);
          WorkMap after = before.with(workstream(new Random(seed), 99));
          Gaps was = before.gapsOn(date, within, OBJECTIVES, List.of(BANDS));
          Gaps now = after.gapsOn(date, within, OBJECTIVES, List.of(BANDS));
          for (ObjectiveGap gap : now.objectives()) {
            assertThat(was.objectives().stream()
                .anyMatch(g -> g.objective().equals(gap.objective()) && g.areas().containsAll(gap.areas())))
                .as("gap %s was already there", gap).isTrue();
          }
          for (AgeBandGap gap : now.ageBands()) {
            assertThat(was.ageBands().stream()
                .anyMatch(g -> g.band() == gap.band() && g.areas().containsAll(gap.areas())))
                .as("gap %s was already there", gap).isTrue();
          }
        });
  }

  @Test
  void gapsAreExactlyTheAreasNoActiveWorkCovers() {
    qt().withFixedSeed(20260405L).withExamples(Examples.atMost(300))
        .forAll(maps(), dates(), regions())
        .checkAssert((list, date, within) -> {
          Gaps gaps = WorkMap.of(list).gapsOn(date, within, OBJECTIVES, List.of(BANDS));
          for (ObjectiveId objective : OBJECTIVES) {
            Set<Region> expected = EnumSet.noneOf(Region.class);
            for (Region area : within.areas()) {
              if (list.stream().noneMatch(w -> w.activeOn(date) && w.serves(objective) && w.areas().contains(area))) {
                expected.add(area);
              }
            }
            assertThat(gaps.objectives().stream().filter(g -> g.objective().equals(objective))
                .flatMap(g -> g.areas().stream())).containsExactlyInAnyOrderElementsOf(expected);
          }
          for (AgeBand band : BANDS) {
            Set<Region> expected = EnumSet.noneOf(Region.class);
            for (Region area : within.areas()) {
              if (list.stream().noneMatch(w -> w.activeOn(date) && w.ageBands().contains(band)
                  && w.areas().contains(area))) {
                expected.add(area);
              }
            }
            assertThat(gaps.ageBands().stream().filter(g -> g.band() == band).flatMap(g -> g.areas().stream()))
                .containsExactlyInAnyOrderElementsOf(expected);
          }
        });
  }

  @Test
  void thePartnerRankingIsATotalDeterministicOrder() {
    qt().withFixedSeed(20260406L).withExamples(Examples.atMost(300))
        .forAll(maps(), dates(), SourceDSL.longs().all())
        .checkAssert((list, date, seed) -> {
          Bid bid = bid(seed);
          List<PartnerCandidate> ranked = WorkMap.of(list).candidatePartners(bid, date);
          assertThat(ranked).extracting(PartnerCandidate::member).doesNotHaveDuplicates();
          for (int i = 0; i < ranked.size(); i++) {
            for (int j = 0; j < ranked.size(); j++) {
              int c = PartnerCandidate.RANKING.compare(ranked.get(i), ranked.get(j));
              assertThat(Integer.signum(c)).isEqualTo(Integer.compare(i, j));
            }
          }
          assertThat(WorkMap.of(shuffled(list, seed)).candidatePartners(bid, date)).isEqualTo(ranked);
        });
  }

  @Test
  void candidatesAreExactlyTheMembersWithRelevantWorkScoredByTheirMatches() {
    qt().withFixedSeed(20260407L).withExamples(Examples.atMost(300))
        .forAll(maps(), dates(), SourceDSL.longs().all())
        .checkAssert((list, date, seed) -> {
          Bid bid = bid(seed);
          List<PartnerCandidate> ranked = WorkMap.of(list).candidatePartners(bid, date);
          Set<OrganisationId> expected = new HashSet<>();
          for (Workstream w : list) {
            boolean relevant = w.activeOn(date) && w.objectives().stream().anyMatch(bid.objectives()::contains)
                && w.ageBands().stream().anyMatch(bid.ageBands()::contains)
                && bid.regions().stream().anyMatch(w::worksIn);
            if (relevant) {
              expected.add(w.member());
            }
          }
          assertThat(ranked).extracting(PartnerCandidate::member).containsExactlyInAnyOrderElementsOf(expected);
          for (PartnerCandidate c : ranked) {
            assertThat(c.score()).isEqualTo(c.matches().stream().mapToInt(m -> m.criterion().points()).sum());
            assertThat(c.matchesOn(MatchCriterion.OBJECTIVE)).isNotEmpty();
            assertThat(c.matchesOn(MatchCriterion.AGE_BAND)).isNotEmpty();
            assertThat(c.matchesOn(MatchCriterion.REGION)).isNotEmpty();
            assertThat(c.score()).isLessThanOrEqualTo(4 * bid.objectives().size() + 2 * bid.ageBands().size()
                + 2 * bid.regions().size() + bid.layers().size() + bid.methods().size());
          }
        });
  }
}
