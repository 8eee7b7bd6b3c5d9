package io.coproduce.participation.strategy;

import static io.coproduce.participation.strategy.PlanFixtures.CHARITY;
import static io.coproduce.participation.strategy.PlanFixtures.PLAN;
import static io.coproduce.participation.strategy.PlanFixtures.POLICIES;
import static io.coproduce.participation.strategy.PlanFixtures.SCHOOLS;
import static io.coproduce.participation.strategy.PlanFixtures.WAITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.Examples;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class PlanProgressPropertiesTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final List<IndicatorId> INDICATORS = List.of(POLICIES, WAITS);
  private static final List<OrganisationId> MEMBERS = List.of(CHARITY, SCHOOLS);

  /** What was recorded, in the order generated; never two different values for one key. */
  private record Recorded(List<Measurement> measurements, List<Baseline> baselines, List<Target> targets) {

    PlanProgress build(List<Object> order) {
      PlanProgress p = PlanProgress.of(PLAN);
      for (Object o : order) {
        if (o instanceof Measurement m) {
          p = p.withMeasurement(m);
        } else if (o instanceof Baseline b) {
          p = p.withBaseline(b);
        } else {
          p = p.withTarget((Target) o);
        }
      }
      return p;
    }

    List<Object> all() {
      List<Object> out = new ArrayList<>(measurements);
      out.addAll(baselines);
      out.addAll(targets);
      return out;
    }
  }

  private static Recorded recorded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Measurement> measurements = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    int n = random.nextInt(30);
    for (int i = 0; i < n; i++) {
      IndicatorId indicator = INDICATORS.get(random.nextInt(2));
      OrganisationId member = MEMBERS.get(random.nextInt(2));
      LocalDate on = START.plusDays(random.nextInt(90));
      if (keys.add(indicator + "/" + member + "/" + on)) {
        measurements.add(Measurement.of(indicator, member, on, BigDecimal.valueOf(random.nextInt(-50, 200), random.nextInt(3))));
      }
    }
    List<Baseline> baselines = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    for (IndicatorId indicator : INDICATORS) {
      for (OrganisationId member : MEMBERS) {
        if (random.nextBoolean()) {
          baselines.add(Baseline.of(indicator, member, START.plusDays(random.nextInt(90)),
              BigDecimal.valueOf(random.nextInt(200))));
        }
        Set<LocalDate> set = new HashSet<>();
        for (int t = random.nextInt(3); t > 0; t--) {
          LocalDate on = START.plusDays(random.nextInt(90));
          if (set.add(on)) {
            targets.add(Target.of(indicator, member, on, BigDecimal.valueOf(random.nextInt(200))));
          }
        }
      }
    }
    return new Recorded(measurements, baselines, targets);
  }

  @Test
  void progressAsOfADayIgnoresLaterMeasurements() {
    qt().withFixedSeed(20260801L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(-5, 100))
        .checkAssert((seed, day) -> {
          Recorded r = recorded(seed);
          LocalDate asOf = START.plusDays(day);
          PlanProgress everything = r.build(r.all());
          List<Object> known = r.all().stream().filter(o -> !dated(o).isAfter(asOf)).toList();
          PlanProgress onlyKnown = r.build(known);

          for (IndicatorId indicator : INDICATORS) {
            assertThat(everything.progress(indicator, asOf)).isEqualTo(onlyKnown.progress(indicator, asOf));
            for (OrganisationId member : MEMBERS) {
              IndicatorProgress p = everything.progress(indicator, member, asOf);
              assertThat(p).isEqualTo(onlyKnown.progress(indicator, member, asOf));
              assertThat(p.series()).allMatch(m -> !m.on().isAfter(asOf));
              assertThat(p.series()).extracting(Measurement::on).isSorted();
            }
          }
        });
  }

  @Test
  void progressDoesNotDependOnTheOrderThingsWereRecorded() {
    qt().withFixedSeed(20260802L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.longs().all(), SourceDSL.integers().between(0, 100))
        .checkAssert((seed, shuffle, day) -> {
          Recorded r = recorded(seed);
          List<Object> shuffled = r.all();
          Collections.shuffle(shuffled, new Random(shuffle));
          PlanProgress inOrder = r.build(r.all());
          PlanProgress reordered = r.build(shuffled);
          LocalDate asOf = START.plusDays(day);

          assertThat(reordered).isEqualTo(inOrder);
          for (IndicatorId indicator : INDICATORS) {
            assertThat(reordered.progress(indicator, asOf)).isEqualTo(inOrder.progress(indicator, asOf));
          }
        });
  }

  @Test
  void theLatestValueIsTheLastOfTheSeriesAndTheTargetStatusFollowsIt() {
    qt().withFixedSeed(20260803L).withExamples(Examples.atMost(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 100))
        .checkAssert((seed, day) -> {
          Recorded r = recorded(seed);
          PlanProgress p = r.build(r.all());
          for (IndicatorProgress ip : p.progress(WAITS, START.plusDays(day))) {
            ip.latest().ifPresent(last -> assertThat(ip.series()).last().isEqualTo(last));
            if (ip.target().isPresent() && ip.latest().isPresent()) {
              boolean met = ip.latest().get().value().compareTo(ip.target().get().value()) <= 0;
              assertThat(ip.targetStatus()).isEqualTo(met ? TargetStatus.MET : TargetStatus.NOT_MET);
            }
          }
        });
  }

  private static LocalDate dated(Object o) {
    if (o instanceof Measurement m) {
      return m.on();
    }
    return o instanceof Baseline b ? b.on() : ((Target) o).setOn();
  }
}
