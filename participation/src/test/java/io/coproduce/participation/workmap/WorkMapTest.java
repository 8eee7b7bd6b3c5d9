package io.coproduce.participation.workmap;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.workmap.WorkMapWorld.A1;
import static io.coproduce.participation.workmap.WorkMapWorld.ANNA;
import static io.coproduce.participation.workmap.WorkMapWorld.B1;
import static io.coproduce.participation.workmap.WorkMapWorld.BRIGHT;
import static io.coproduce.participation.workmap.WorkMapWorld.C1;
import static io.coproduce.participation.workmap.WorkMapWorld.CEDAR;
import static io.coproduce.participation.workmap.WorkMapWorld.D1;
import static io.coproduce.participation.workmap.WorkMapWorld.DUNE;
import static io.coproduce.participation.workmap.WorkMapWorld.ELM;
import static io.coproduce.participation.workmap.WorkMapWorld.O1;
import static io.coproduce.participation.workmap.WorkMapWorld.O2;
import static io.coproduce.participation.workmap.WorkMapWorld.O3;
import static io.coproduce.participation.workmap.WorkMapWorld.ON;
import static io.coproduce.participation.workmap.WorkMapWorld.START;
import static io.coproduce.participation.workmap.WorkMapWorld.WHILE_CEDAR_RAN;
import static io.coproduce.participation.workmap.WorkMapWorld.WORLD;
import static io.coproduce.participation.workmap.WorkMapWorld.builder;
import static io.coproduce.participation.workmap.WorkMapWorld.wid;
import static io.coproduce.participation.workmap.WorkMapWorld.ws;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.strategy.ObjectiveId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkMapTest {

  private static final Set<AgeBand> TEENS = Set.of(AgeBand.AGE_13_TO_15);
  private static final Set<Region> ENGLISH = EnumSet.range(Region.NORTH_EAST, Region.SOUTH_WEST);

  @Nested
  class Holding {

    @Test
    void holdsWorkstreamsInIdOrderAndFindsThem() {
      assertThat(WORLD.workstreams()).containsExactly(A1, B1, C1, D1);
      assertThat(WORLD.workstream(wid("c1"))).contains(C1);
      assertThat(WORLD.workstream(wid("z9"))).isEmpty();
      assertThat(WORLD.members()).containsExactly(ANNA, BRIGHT, CEDAR, DUNE);
      assertThat(WORLD.workstreamsOf(CEDAR)).containsExactly(C1);
      assertThat(WORLD.workstreamsOf(ELM)).isEmpty();
      assertThat(WorkMap.empty().workstreams()).isEmpty();
    }

    @Test
    void activeOnADateIsWhatIsRunningThatDay() {
      assertThat(WORLD.activeOn(ON)).containsExactly(A1, B1, D1);
      assertThat(WORLD.activeOn(WHILE_CEDAR_RAN)).containsExactly(A1, B1, C1, D1);
      assertThat(WORLD.activeOn(START.minusDays(1))).isEmpty();
    }

    @Test
    void theSameWorkstreamAgainChangesNothing() {
      assertThat(WORLD.with(A1)).isSameAs(WORLD);
      assertThat(WorkMap.of(List.of(A1, A1)).workstreams()).containsExactly(A1);
    }

    @Test
    void refusesADifferentWorkstreamUnderAUsedId() {
      Workstream other = ws("a1", ELM, O3, TEENS, Set.of(Region.WALES));
      var e = rejectionOf(() -> WORLD.with(other));
      assertThat(e.field()).isEqualTo("workMap.workstreams");
      assertThat(e.offendingValue()).contains("a1");
      assertThat(rejectionOf(() -> WorkMap.of(List.of(A1, other))).field()).isEqualTo("workMap.workstreams");
    }

    @Test
    void mapsAreEqualWhenTheyHoldTheSameWorkstreams() {
      new EqualsTester()
          .addEqualityGroup(WORLD, WorkMap.of(List.of(D1, C1, B1, A1)),
              WorkMap.empty().with(C1).with(A1).with(D1).with(B1))
          .addEqualityGroup(WorkMap.of(List.of(A1, B1)))
          .addEqualityGroup(WorkMap.empty())
          .testEquals();
      assertThat(WORLD.toString()).isEqualTo("WorkMap[4 workstreams, 4 members]");
    }
  }

  @Nested
  class Overlaps {

    @Test
    void theWorkedScenarioOnTheFirstOfMarch() {
      List<Overlap> overlaps = WORLD.overlapsOn(ON);
      assertThat(overlaps).hasSize(1);
      Overlap o = overlaps.get(0);
      assertThat(o.objective()).isEqualTo(O1);
      assertThat(o.members()).containsExactly(ANNA, BRIGHT);
      assertThat(o.shared()).containsExactly(
          Map.entry(Region.NORTH_WEST, Set.of(AgeBand.AGE_16_TO_17)),
          Map.entry(Region.LONDON, Set.of(AgeBand.AGE_16_TO_17)));
      assertThat(o.workstreams()).containsExactly(wid("a1"), wid("b1"));
      assertThat(o.on()).isEqualTo(ON);
    }

    @Test
    void whileCedarRanThreeMembersMetInLondonAndTwoInTheNorthWest() {
      List<Overlap> overlaps = WORLD.overlapsOn(WHILE_CEDAR_RAN);
      assertThat(overlaps).extracting(Overlap::members)
          .containsExactly(Set.of(ANNA, BRIGHT), Set.of(ANNA, BRIGHT, CEDAR));
      assertThat(overlaps.get(0).shared()).containsOnlyKeys(Region.NORTH_WEST);
      assertThat(overlaps.get(1).shared()).containsExactly(Map.entry(Region.LONDON, Set.of(AgeBand.AGE_16_TO_17)));
      assertThat(overlaps.get(1).workstreams()).containsExactly(wid("a1"), wid("b1"), wid("c1"));
    }

    static Stream<Arguments> pairs() {
      Set<Region> london = Set.of(Region.LONDON);
      return Stream.of(
          Arguments.of("same objective, band and area", ws("x", ANNA, O1, TEENS, london),
              ws("y", BRIGHT, O1, TEENS, london), Map.of(Region.LONDON, TEENS)),
          Arguments.of("different bands", ws("x", ANNA, O1, TEENS, london),
              ws("y", BRIGHT, O1, Set.of(AgeBand.AGE_16_TO_17), london), Map.of()),
          Arguments.of("different areas", ws("x", ANNA, O1, TEENS, london),
              ws("y", BRIGHT, O1, TEENS, Set.of(Region.SOUTH_EAST)), Map.of()),
          Arguments.of("different objectives", ws("x", ANNA, O1, TEENS, london),
              ws("y", BRIGHT, O2, TEENS, london), Map.of()),
          Arguments.of("England-wide meets London in London", ws("x", ANNA, O1, TEENS, Set.of(Region.ENGLAND)),
              ws("y", BRIGHT, O1, TEENS, london), Map.of(Region.LONDON, TEENS)),
          Arguments.of("UK-wide meets Scotland in Scotland", ws("x", ANNA, O1, TEENS, Set.of(Region.UK_WIDE)),
              ws("y", BRIGHT, O1, TEENS, Set.of(Region.SCOTLAND)), Map.of(Region.SCOTLAND, TEENS)),
          Arguments.of("England-wide does not meet Wales", ws("x", ANNA, O1, TEENS, Set.of(Region.ENGLAND)),
              ws("y", BRIGHT, O1, TEENS, Set.of(Region.WALES)), Map.of()),
          Arguments.of("two UK-wide meet in every area", ws("x", ANNA, O1, TEENS, Set.of(Region.UK_WIDE)),
              ws("y", BRIGHT, O1, Set.of(AgeBand.AGE_13_TO_15, AgeBand.AGE_16_TO_17), Set.of(Region.UK_WIDE)),
              areasWith(Region.UK_WIDE.areas(), TEENS)),
          Arguments.of("one member's two workstreams are not an overlap", ws("x", ANNA, O1, TEENS, london),
              ws("y", ANNA, O1, TEENS, london), Map.of()),
          Arguments.of("work not yet begun", ws("x", ANNA, O1, TEENS, london),
              builder("y", BRIGHT).objectives(Set.of(O1)).ageBands(TEENS).regions(london)
                  .activeFrom(ON.plusDays(1)).build(), Map.of()),
          Arguments.of("work that began that day", ws("x", ANNA, O1, TEENS, london),
              builder("y", BRIGHT).objectives(Set.of(O1)).ageBands(TEENS).regions(london)
                  .activeFrom(ON).build(), Map.of(Region.LONDON, TEENS)),
          Arguments.of("work that ended the day before", ws("x", ANNA, O1, TEENS, london),
              builder("y", BRIGHT).objectives(Set.of(O1)).ageBands(TEENS).regions(london)
                  .active(START, ON.minusDays(1)).build(), Map.of()),
          Arguments.of("work that ends that day", ws("x", ANNA, O1, TEENS, london),
              builder("y", BRIGHT).objectives(Set.of(O1)).ageBands(TEENS).regions(london)
                  .active(START, ON).build(), Map.of(Region.LONDON, TEENS)));
    }

    static Map<Region, Set<AgeBand>> areasWith(Set<Region> areas, Set<AgeBand> bands) {
      Map<Region, Set<AgeBand>> map = new java.util.HashMap<>();
      areas.forEach(a -> map.put(a, bands));
      return map;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void twoWorkstreamsOverlapOnlyOnTheSameObjectiveBandAndAreaOnTheDate(String why, Workstream x, Workstream y,
        Map<Region, Set<AgeBand>> shared) {
      List<Overlap> overlaps = WorkMap.of(List.of(x, y)).overlapsOn(ON);
      if (shared.isEmpty()) {
        assertThat(overlaps).isEmpty();
      } else {
        assertThat(overlaps).hasSize(1);
        assertThat(overlaps.get(0).shared()).isEqualTo(shared);
        assertThat(overlaps.get(0).members()).containsExactly(ANNA, BRIGHT);
        assertThat(overlaps.get(0).workstreams()).containsExactly(x.id(), y.id());
      }
    }

    @Test
    void aMemberWithTwoWorkstreamsInAnOverlapListsBoth() {
      WorkMap map = WorkMap.of(List.of(ws("x1", ANNA, O1, TEENS, Set.of(Region.LONDON)),
          ws("x2", ANNA, O1, TEENS, Set.of(Region.WALES)),
          ws("y", BRIGHT, O1, TEENS, Set.of(Region.UK_WIDE))));
      Overlap o = map.overlapsOn(ON).get(0);
      assertThat(o.shared()).containsOnlyKeys(Region.LONDON, Region.WALES);
      assertThat(o.workstreams()).containsExactly(wid("x1"), wid("x2"), wid("y"));
    }

    @Test
    void overlapsAreOrderedByObjectiveThenMembers() {
      WorkMap map = WorkMap.of(List.of(
          ws("p", CEDAR, O2, TEENS, Set.of(Region.WALES)), ws("q", DUNE, O2, TEENS, Set.of(Region.WALES)),
          ws("r", ANNA, O2, TEENS, Set.of(Region.SCOTLAND)), ws("s", BRIGHT, O2, TEENS, Set.of(Region.SCOTLAND)),
          ws("t", ELM, O1, TEENS, Set.of(Region.LONDON)), ws("u", DUNE, O1, TEENS, Set.of(Region.LONDON))));
      assertThat(map.overlapsOn(ON)).extracting(o -> o.objective().value() + " " + o.members())
          .containsExactly("aim-1.obj-1 [org-dune, org-elm]", "aim-2.obj-1 [org-anna, org-bright]",
              "aim-2.obj-1 [org-cedar, org-dune]");
    }

    @Test
    void eachOverlapGivesAnAdviceFinding() {
      Finding f = WORLD.overlapsOn(ON).get(0).finding();
      assertThat(f.rule()).isEqualTo(WorkMapRules.OVERLAP);
      assertThat(f.reason().explanation()).contains("org-anna, org-bright", "aim-1.obj-1", "16-17 in North West, London");
    }
  }

  @Nested
  class Gaps {

    @Test
    void theWorkedScenarioAcrossEngland() {
      var gaps = WORLD.gapsOn(ON, Region.ENGLAND, List.of(O3, O1, O2, O3));
      assertThat(gaps.within()).isEqualTo(Region.ENGLAND);
      assertThat(gaps.on()).isEqualTo(ON);
      assertThat(gaps.objectives()).hasSize(1);
      assertThat(gaps.objectives().get(0).objective()).isEqualTo(O3);
      assertThat(gaps.objectives().get(0).areas()).isEqualTo(ENGLISH);
      assertThat(gaps.ageBands()).extracting(AgeBandGap::band)
          .containsExactly(AgeBand.AGE_6_TO_9, AgeBand.AGE_10_TO_12, AgeBand.AGE_13_TO_15);
      assertThat(gaps.ageBands().get(0).areas()).isEqualTo(ENGLISH);
      assertThat(gaps.ageBands().get(2).areas()).as("13-15 only in London and the North West")
          .hasSize(7).doesNotContain(Region.LONDON, Region.NORTH_WEST);
      assertThat(gaps.findings()).hasSize(4);
    }

    static Stream<Arguments> questions() {
      return Stream.of(
          Arguments.of("England-wide work does not reach Wales", Region.WALES, List.of(O1), Set.of(),
              List.of("aim-1.obj-1 [WALES]")),
          Arguments.of("UK-wide work reaches Wales", Region.WALES, List.of(O2), Set.of(), List.of()),
          Arguments.of("London has 13-15 and 16-17", Region.LONDON, List.of(),
              Set.of(AgeBand.AGE_13_TO_15, AgeBand.AGE_16_TO_17), List.of()),
          Arguments.of("Scotland has only the under-sixes", Region.SCOTLAND, List.of(),
              Set.of(AgeBand.AGE_0_TO_5, AgeBand.AGE_18_TO_25), List.of("18-25 [SCOTLAND]")),
          Arguments.of("an objective nobody serves anywhere", Region.UK_WIDE, List.of(O3), Set.of(),
              List.of("aim-3.obj-1 " + Region.UK_WIDE.areas())),
          Arguments.of("adults are asked about only when asked", Region.NORTH_EAST, List.of(),
              Set.of(AgeBand.ADULT_26_PLUS), List.of("26+ [NORTH_EAST]")),
          Arguments.of("nothing asked, nothing found", Region.UK_WIDE, List.of(), Set.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void gapsAreWhatNoActiveWorkCoversInEachArea(String why, Region within, List<ObjectiveId> objectives,
        Set<AgeBand> bands, List<String> expected) {
      var gaps = WORLD.gapsOn(ON, within, objectives, bands);
      Stream<String> found = Stream.concat(
          gaps.objectives().stream().map(g -> g.objective() + " " + g.areas()),
          gaps.ageBands().stream().map(g -> g.band() + " " + g.areas()));
      assertThat(found).containsExactlyElementsOf(expected);
      assertThat(gaps.isEmpty()).isEqualTo(expected.isEmpty());
    }

    @Test
    void endedWorkLeavesAGap() {
      WorkMap cedarOnly = WorkMap.of(List.of(C1));
      assertThat(cedarOnly.gapsOn(WHILE_CEDAR_RAN, Region.LONDON, List.of(O1)).objectives()).isEmpty();
      assertThat(cedarOnly.gapsOn(ON, Region.LONDON, List.of(O1)).objectives()).hasSize(1);
    }

    @Test
    void withoutBandsItAsksAboutTheWholeRemit() {
      var gaps = WorkMap.empty().gapsOn(ON, Region.WALES, List.of());
      assertThat(gaps.ageBands()).extracting(AgeBandGap::band).containsExactlyElementsOf(WorkMap.REMIT_BANDS);
      assertThat(WorkMap.REMIT_BANDS).hasSize(6).doesNotContain(AgeBand.ADULT_26_PLUS);
    }

    @Test
    void gapsAreFindingsNotErrors() {
      List<Finding> findings = WorkMap.empty().gapsOn(ON, Region.LONDON, List.of(O1)).findings();
      assertThat(findings).hasSize(7).allMatch(f -> f.reason().source().equals(WorkMapRules.GAP_SOURCE));
      assertThat(findings.get(0).rule()).isEqualTo(WorkMapRules.OBJECTIVE_GAP);
      assertThat(findings.get(1).rule()).isEqualTo(WorkMapRules.AGE_BAND_GAP);
    }
  }

  @Nested
  class Partners {

    private final Bid londonTraining = Bid.of(List.of(O1), List.of(AgeBand.AGE_16_TO_17), List.of(Region.LONDON),
        List.of(Layer.LOCAL_SYSTEM), List.of(WorkstreamMethod.TRAINING));

    @Test
    void theWorkedScenarioRanksAnnaThenBright() {
      List<PartnerCandidate> ranked = WORLD.candidatePartners(londonTraining, ON);
      assertThat(ranked).extracting(PartnerCandidate::member).containsExactly(ANNA, BRIGHT);
      PartnerCandidate anna = ranked.get(0);
      assertThat(anna.score()).isEqualTo(10);
      assertThat(anna.matches()).extracting(m -> m.criterion() + " " + m.value())
          .containsExactly("OBJECTIVE aim-1.obj-1", "AGE_BAND 16-17", "REGION LONDON", "LAYER LOCAL_SYSTEM",
              "METHOD TRAINING");
      assertThat(anna.workstreams()).containsExactly(wid("a1"));
      PartnerCandidate bright = ranked.get(1);
      assertThat(bright.score()).as("no shared layer or method").isEqualTo(8);
      assertThat(bright.reasons()).extracting(r -> r.explanation()).containsExactly(
          "Shares the bid's objective aim-1.obj-1 through workstream b1 (4 points)",
          "Shares the bid's age band 16-17 through workstream b1 (2 points)",
          "Shares the bid's region LONDON through workstream b1 (2 points)");
    }

    @Test
    void whileCedarRanItTiedWithAnnaAndCameSecondByOrganisationId() {
      assertThat(WORLD.candidatePartners(londonTraining, WHILE_CEDAR_RAN))
          .extracting(c -> c.member().value() + " " + c.score())
          .containsExactly("org-anna 10", "org-cedar 10", "org-bright 8");
    }

    @Test
    void excludedMembersAreNeverSuggested() {
      assertThat(WORLD.candidatePartners(londonTraining.excluding(List.of(ANNA)), ON))
          .extracting(PartnerCandidate::member).containsExactly(BRIGHT);
    }

    static Stream<Arguments> relevance() {
      Set<AgeBand> older = Set.of(AgeBand.AGE_16_TO_17);
      Set<Region> london = Set.of(Region.LONDON);
      return Stream.of(
          Arguments.of("objective, band and area all shared", ws("e1", ELM, O1, older, london), true),
          Arguments.of("another objective", ws("e1", ELM, O2, older, london), false),
          Arguments.of("other ages", ws("e1", ELM, O1, TEENS, london), false),
          Arguments.of("elsewhere", ws("e1", ELM, O1, older, Set.of(Region.WALES)), false),
          Arguments.of("UK-wide includes London", ws("e1", ELM, O1, older, Set.of(Region.UK_WIDE)), true),
          Arguments.of("ended", builder("e1", ELM).objectives(Set.of(O1)).ageBands(older).regions(london)
              .active(START, ON.minusDays(1)).build(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("relevance")
    void aCandidateNeedsActiveWorkOnAnObjectiveForABandInAnAreaOfTheBid(String why, Workstream w, boolean candidate) {
      List<PartnerCandidate> ranked = WorkMap.of(List.of(w)).candidatePartners(londonTraining, ON);
      assertThat(ranked).extracting(PartnerCandidate::member).isEqualTo(candidate ? List.of(ELM) : List.of());
    }

    @Test
    void workElsewhereDoesNotLiftAScore() {
      Workstream inLondon = builder("e1", ELM).objectives(Set.of(O1)).ageBands(Set.of(AgeBand.AGE_16_TO_17))
          .regions(Set.of(Region.LONDON)).layers(Set.of(Layer.SERVICE)).methods(Set.of(WorkstreamMethod.RESEARCH))
          .build();
      Workstream inScotland = builder("e2", ELM).objectives(Set.of(O1)).ageBands(Set.of(AgeBand.AGE_16_TO_17))
          .regions(Set.of(Region.SCOTLAND)).layers(Set.of(Layer.LOCAL_SYSTEM))
          .methods(Set.of(WorkstreamMethod.TRAINING)).build();
      PartnerCandidate elm = WorkMap.of(List.of(inLondon, inScotland)).candidatePartners(londonTraining, ON).get(0);
      assertThat(elm.score()).isEqualTo(8);
      assertThat(elm.workstreams()).containsExactly(wid("e1"));
    }

    @Test
    void everyMatchSaysWhichWorkstreamsItCameThrough() {
      Bid wide = Bid.of(List.of(O1, O2), List.of(AgeBand.AGE_0_TO_5, AgeBand.AGE_16_TO_17),
          List.of(Region.LONDON, Region.WALES), List.of(Layer.SERVICE), List.of(WorkstreamMethod.TRAINING));
      WorkMap map = WorkMap.of(List.of(ws("e1", ELM, O1, Set.of(AgeBand.AGE_16_TO_17), Set.of(Region.LONDON)),
          ws("e2", ELM, O2, Set.of(AgeBand.AGE_0_TO_5, AgeBand.AGE_16_TO_17), Set.of(Region.UK_WIDE))));
      PartnerCandidate elm = map.candidatePartners(wide, ON).get(0);
      assertThat(elm.matches()).extracting(m -> m.criterion() + " " + m.value() + " " + m.through()).containsExactly(
          "OBJECTIVE aim-1.obj-1 [e1]", "OBJECTIVE aim-2.obj-1 [e2]", "AGE_BAND 0-5 [e2]", "AGE_BAND 16-17 [e1, e2]",
          "REGION LONDON [e1, e2]", "REGION WALES [e2]", "LAYER SERVICE [e1, e2]", "METHOD TRAINING [e1, e2]");
      assertThat(elm.score()).isEqualTo(4 + 4 + 2 + 2 + 2 + 2 + 1 + 1);
    }

    @Test
    void nobodyOnAnEmptyMap() {
      assertThat(WorkMap.empty().candidatePartners(londonTraining, ON)).isEmpty();
    }
  }

  @Test
  void anOrganisationIdTieBreakIsByIdText() {
    OrganisationId a = OrganisationId.parse("org-A");
    OrganisationId b = OrganisationId.parse("org-a");
    WorkMap map = WorkMap.of(List.of(ws("w2", b, O1, TEENS, Set.of(Region.LONDON)),
        ws("w1", a, O1, TEENS, Set.of(Region.LONDON))));
    Bid bid = Bid.of(List.of(O1), TEENS, List.of(Region.LONDON), List.of(), List.of());
    assertThat(map.candidatePartners(bid, ON)).extracting(PartnerCandidate::member).containsExactly(a, b);
  }
}
