package io.coproduce.reporting.aggregate;

import static io.coproduce.reporting.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.person.Response;
import io.coproduce.participation.layer.Layer;
import io.coproduce.reporting.Examples;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AggregatorTest {

  static Stream<Grouping> groupings() {
    return Stream.of(
        Grouping.by(),
        Grouping.by(Dimension.ORGANISATION, Dimension.AGE_BAND),
        Grouping.by(Dimension.LAYER).withoutDistinctPeople(),
        Grouping.by(Dimension.FORUM, Dimension.JURISDICTION, Dimension.DISABILITY),
        Grouping.byPeriod(PeriodUnit.WEEK, Dimension.ORGANISATION),
        Grouping.byPeriod(PeriodUnit.QUARTER, Dimension.LAYER, Dimension.AGE_BAND, Dimension.DISABILITY));
  }

  @ParameterizedTest
  @MethodSource("groupings")
  void onePassEqualsNaiveReferenceWithExactDistinctPeople(Grouping grouping) {
    qt().withFixedSeed(7L).withExamples(Examples.atMost(200))
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 300))
        .checkAssert(xs -> {
          List<ActivityEvent> events = xs.stream().map(Events::decode).toList();
          Aggregator a = grouping.aggregator();
          a.addAll(events);
          assertThat(a.result()).isEqualTo(Events.naive(grouping, events));
        });
  }

  @ParameterizedTest
  @MethodSource("groupings")
  void anySplitMergedInAnyGroupingAndOrderEqualsOnePass(Grouping grouping) {
    qt().withFixedSeed(11L).withExamples(Examples.atMost(150))
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 300),
            integers().between(1, 6), longs().all())
        .checkAssert((xs, parts, seed) -> {
          List<ActivityEvent> events = xs.stream().map(Events::decode).toList();
          Aggregator whole = grouping.aggregator();
          whole.addAll(events);
          Random random = new Random(seed);
          Dictionaries shared = Dictionaries.create();
          List<Aggregator> partials = new ArrayList<>();
          for (int p = 0; p < parts; p++) {
            partials.add(random.nextBoolean() ? grouping.aggregator(shared) : grouping.aggregator());
          }
          for (ActivityEvent e : events) {
            partials.get(random.nextInt(parts)).add(e);
          }
          // Merge in a random order and tree shape: repeatedly merge two random partials.
          while (partials.size() > 1) {
            Collections.shuffle(partials, random);
            Aggregator left = partials.remove(partials.size() - 1);
            Aggregator right = partials.remove(partials.size() - 1);
            partials.add(left.merge(right));
          }
          assertThat(partials.get(0).result()).isEqualTo(whole.result());
        });
  }

  @Test
  void mergeTranslatesCodesThatDictionariesAssignedDifferently() {
    Grouping grouping = Grouping.by(Dimension.ORGANISATION);
    Aggregator a = grouping.aggregator();
    Aggregator b = grouping.aggregator();
    ActivityEvent first = Events.decode(0);          // org0, p0
    ActivityEvent second = Events.decode(1 << 6);    // org1, p0
    a.add(first);
    a.add(second);
    b.add(second);                                   // org1 gets code 0 in b, code 1 in a
    b.add(Events.decode((1 << 6) + 1));              // org1, p1
    assertThat(a.dictionaries().of(Dimension.ORGANISATION).code(OrganisationId.parse("org1"))).isEqualTo(1);
    assertThat(b.dictionaries().of(Dimension.ORGANISATION).code(OrganisationId.parse("org1"))).isZero();
    a.merge(b);
    assertThat(a.result().groups()).containsExactly(
        new GroupTotals(Group.of(OrganisationId.parse("org0")), 1, 0, 0, 1),
        new GroupTotals(Group.of(OrganisationId.parse("org1")), 0, 0, 3, 2));
    assertThat(b.result().events()).isEqualTo(2);
  }

  @Test
  void columnsCountLikeEvents() {
    Dictionaries dictionaries = Dictionaries.hostNumberedPeople();
    Grouping grouping = Grouping.by(Dimension.ORGANISATION, Dimension.AGE_BAND);
    Dictionary<Object> orgs = dictionaries.of(Dimension.ORGANISATION);
    Dictionary<Object> bands = dictionaries.of(Dimension.AGE_BAND);
    orgs.code(OrganisationId.parse("a"));
    orgs.code(OrganisationId.parse("b"));
    for (AgeBand band : AgeBand.values()) {
      bands.code(band);
    }
    short[] org = {0, 0, 1, 1, 0};
    short[] band = {3, 3, 3, 4, 3};
    byte[] kind = {0, 1, 0, 2, 0};
    int[] person = {7, 7, 7, 8, 9000};
    Aggregator a = grouping.aggregator(dictionaries);
    a.addColumns(new short[][] {org, band}, kind, person, 0, 5);
    assertThat(a.result().groups()).containsExactly(
        new GroupTotals(Group.of(OrganisationId.parse("a"), AgeBand.AGE_13_TO_15), 2, 1, 0, 2),
        new GroupTotals(Group.of(OrganisationId.parse("b"), AgeBand.AGE_13_TO_15), 1, 0, 0, 1),
        new GroupTotals(Group.of(OrganisationId.parse("b"), AgeBand.AGE_16_TO_17), 0, 0, 1, 1));
    Aggregator range = grouping.aggregator(dictionaries);
    range.addColumns(new short[][] {org, band}, kind, person, 1, 3);
    assertThat(range.result().events()).isEqualTo(2);
    Aggregator threeDims = Grouping.by(Dimension.ORGANISATION, Dimension.AGE_BAND, Dimension.LAYER)
        .aggregator(dictionaries);
    dictionaries.of(Dimension.LAYER).code(Layer.SERVICE);
    threeDims.addColumns(new short[][] {org, band, new short[5]}, kind, person, 0, 5);
    assertThat(threeDims.result().groups()).hasSize(3);
    assertThat(threeDims.result().groups().get(0).people()).isEqualTo(2);
  }

  @Test
  void columnsOfManyPeopleCountDistinctExactly() {
    Dictionaries dictionaries = Dictionaries.hostNumberedPeople();
    dictionaries.of(Dimension.LAYER).code(Layer.SERVICE);
    Aggregator a = Grouping.by(Dimension.LAYER).aggregator(dictionaries);
    int n = 50_000;
    int[] person = new int[n];
    Random random = new Random(3);
    java.util.BitSet reference = new java.util.BitSet();
    for (int i = 0; i < n; i++) {
      person[i] = random.nextInt(200_000);
      reference.set(person[i]);
    }
    a.addColumns(new short[][] {new short[n]}, new byte[n], person, 0, n);
    assertThat(a.result().groups().get(0).people()).isEqualTo(reference.cardinality());
    Aggregator b = Grouping.by(Dimension.LAYER).aggregator(dictionaries);
    b.addColumns(new short[][] {new short[n]}, new byte[n], person, 0, n / 2);
    Aggregator c = Grouping.by(Dimension.LAYER).aggregator(dictionaries);
    c.addColumns(new short[][] {new short[n]}, new byte[n], person, n / 2, n);
    assertThat(b.merge(c).result()).isEqualTo(a.result());
  }

  @Test
  void badColumnsAreRefusedBeforeAnythingIsCounted() {
    Dictionaries dictionaries = Dictionaries.hostNumberedPeople();
    dictionaries.of(Dimension.LAYER).code(Layer.SERVICE);
    Aggregator a = Grouping.by(Dimension.LAYER).aggregator(dictionaries);
    short[][] one = {new short[] {0, 0}};
    assertThat(rejectionOf(() -> a.addColumns(one, new byte[] {0, 0}, new int[] {1, 2}, 0, 3)).field())
        .isEqualTo("columns");
    assertThat(rejectionOf(() -> a.addColumns(one, new byte[] {0, 0}, new int[] {1}, 0, 2)).field())
        .isEqualTo("columns");
    assertThat(rejectionOf(() -> a.addColumns(one, new byte[] {0, 0}, null, 0, 2)).field())
        .isEqualTo("columns");
    assertThat(rejectionOf(() -> a.addColumns(one, new byte[] {0, 0}, new int[] {1, 2}, 2, 1)).field())
        .isEqualTo("columns");
    assertThat(rejectionOf(() -> a.addColumns(one, new byte[] {0, 0}, new int[] {1, 2}, -1, 1)).field())
        .isEqualTo("columns");
    assertThat(rejectionOf(() -> a.addColumns(new short[][] {{0, 0}, {0, 0}}, new byte[] {0, 0},
        new int[] {1, 2}, 0, 2)).field()).isEqualTo("columns");
    assertThat(rejectionOf(() -> a.addColumns(new short[][] {{0}}, new byte[] {0, 0},
        new int[] {1, 2}, 0, 2)).field()).isEqualTo("columns");
    assertThat(rejectionOf(() -> a.addColumns(new short[][] {{0, 1}}, new byte[] {0, 0},
        new int[] {1, 2}, 0, 2)).field()).isEqualTo("columns.code");
    assertThat(rejectionOf(() -> a.addColumns(new short[][] {{0, -1}}, new byte[] {0, 0},
        new int[] {1, 2}, 0, 2)).field()).isEqualTo("columns.code");
    assertThat(rejectionOf(() -> a.addColumns(one, new byte[] {0, 3}, new int[] {1, 2}, 0, 2)).field())
        .isEqualTo("columns.kind");
    assertThat(rejectionOf(() -> a.addColumns(one, new byte[] {-1, 0}, new int[] {1, 2}, 0, 2)).field())
        .isEqualTo("columns.kind");
    assertThat(rejectionOf(() -> a.addColumns(one, new byte[] {0, 2}, new int[] {1, -2}, 0, 2)).field())
        .isEqualTo("columns.person");
    assertThat(a.groupCount()).isZero();
    // Codes at the edge of each range are accepted.
    a.addColumns(one, new byte[] {0, 2}, new int[] {0, Integer.MAX_VALUE - 64}, 0, 2);
    assertThat(a.result().groups()).containsExactly(new GroupTotals(Group.of(Layer.SERVICE), 1, 0, 1, 2));
  }

  /** One bad value in an otherwise good batch of events-only columns: the field it must be refused under. */
  static Stream<org.junit.jupiter.params.provider.Arguments> badEventsOnlyColumns() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("first code one past its dictionary", 0, 2, 0, "columns.code"),
        org.junit.jupiter.params.provider.Arguments.of("first code read unsigned (-1 is 65535)", 0, -1, 0, "columns.code"),
        org.junit.jupiter.params.provider.Arguments.of("second code one past its dictionary", 1, 3, 0, "columns.code"),
        org.junit.jupiter.params.provider.Arguments.of("kind 3 (one past HEARD_BACK)", 2, 0, 3, "columns.kind"),
        org.junit.jupiter.params.provider.Arguments.of("kind 4 (its low bits look like 0)", 2, 0, 4, "columns.kind"),
        org.junit.jupiter.params.provider.Arguments.of("kind -1", 2, 0, -1, "columns.kind"),
        org.junit.jupiter.params.provider.Arguments.of("kind -2 (its low bits look like 2)", 2, 0, -2, "columns.kind"),
        org.junit.jupiter.params.provider.Arguments.of("kind 127", 2, 0, 127, "columns.kind"),
        org.junit.jupiter.params.provider.Arguments.of("kind -128", 2, 0, -128, "columns.kind"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badEventsOnlyColumns")
  void eventsOnlyColumnsAreCheckedWhileCountedAndNothingIsFoldedInWhenOneIsBad(
      String what, int column, int code, int kind, String field) {
    Dictionaries dictionaries = Dictionaries.hostNumberedPeople();
    dictionaries.of(Dimension.ORGANISATION).code(OrganisationId.parse("a"));
    dictionaries.of(Dimension.ORGANISATION).code(OrganisationId.parse("b"));
    for (int l = 0; l < 3; l++) {
      dictionaries.of(Dimension.LAYER).code(Layer.values()[l]);
    }
    // Long enough that one dimension takes the vector path (VectorCounts) when it is available.
    int n = 5_000;
    for (Grouping grouping : List.of(Grouping.by(Dimension.ORGANISATION, Dimension.LAYER).withoutDistinctPeople(),
        Grouping.by(Dimension.ORGANISATION).withoutDistinctPeople())) {
      boolean two = grouping.dimensions().size() == 2;
      if (!two && column == 1) {
        continue;
      }
      short[] org = new short[n];
      short[] layer = new short[n];
      byte[] kinds = new byte[n];
      for (int i = 0; i < n; i++) {
        org[i] = (short) (i & 1);
        layer[i] = (short) (i % 3);
        kinds[i] = (byte) (i % 3);
      }
      int at = 777;
      if (column == 0) {
        org[at] = (short) code;
      } else if (column == 1) {
        layer[at] = (short) code;
      } else {
        kinds[at] = (byte) kind;
      }
      short[][] columns = two ? new short[][] {org, layer} : new short[][] {org};
      Aggregator a = grouping.aggregator(dictionaries);
      assertThat(rejectionOf(() -> a.addColumns(columns, kinds, null, 0, n)).field()).as(what).isEqualTo(field);
      assertThat(a.groupCount()).as(what).isZero();
      // Without the bad event, the same columns count every other event.
      a.addColumns(columns, kinds, null, 0, at);
      a.addColumns(columns, kinds, null, at + 1, n);
      assertThat(a.result().events()).as(what).isEqualTo(n - 1);
      assertThat(a.groupCount()).as(what).isEqualTo(two ? 6 : 2);
    }
  }

  @Test
  void oneSmallDimensionCountsTheSameInOneLongBatchAsInShortOnes() {
    // One long batch takes the vector path (the tests run with the Vector API); batches shorter
    // than VectorCounts.MIN_EVENTS take the plain loop. Both must give the same table.
    assertThat(io.coproduce.reporting.aggregate.internal.VectorCounts.available()).isTrue();
    Random random = new Random(53L);
    for (int size = 1; size <= 12; size++) {
      Dictionaries dictionaries = Dictionaries.hostNumberedPeople();
      Dictionary<Object> orgs = dictionaries.of(Dimension.ORGANISATION);
      for (int o = 0; o < size; o++) {
        orgs.code(OrganisationId.parse("org-" + o));
      }
      int n = 40_000 + random.nextInt(100);
      short[] org = new short[n];
      byte[] kinds = new byte[n];
      for (int i = 0; i < n; i++) {
        org[i] = (short) random.nextInt(size);
        // The first organisation only takes part, so some groups have kinds never counted.
        kinds[i] = org[i] == 0 ? 0 : (byte) random.nextInt(ActivityKind.COUNT);
      }
      Grouping grouping = Grouping.by(Dimension.ORGANISATION).withoutDistinctPeople();
      Aggregator whole = grouping.aggregator(dictionaries);
      whole.addColumns(new short[][] {org}, kinds, null, 0, n);
      Aggregator pieces = grouping.aggregator(dictionaries);
      for (int from = 0; from < n; from += 1_000) {
        pieces.addColumns(new short[][] {org}, kinds, null, from, Math.min(n, from + 1_000));
      }
      assertThat(whole.result().groups()).as("%d organisations", size).isEqualTo(pieces.result().groups());
      assertThat(whole.result().events()).isEqualTo(n);
    }
  }

  @Test
  void columnPeopleMustBeDictionaryCodesUnlessHostNumbered() {
    Dictionaries dictionaries = Dictionaries.create();
    dictionaries.of(Dimension.LAYER).code(Layer.SERVICE);
    dictionaries.people().code(Events.decode(0).person());
    Aggregator a = Grouping.by(Dimension.LAYER).aggregator(dictionaries);
    assertThat(rejectionOf(() -> a.addColumns(new short[][] {{0}}, new byte[] {0}, new int[] {1}, 0, 1))
        .field()).isEqualTo("columns.person");
    a.addColumns(new short[][] {{0}}, new byte[] {0}, new int[] {0}, 0, 1);
    assertThat(a.result().events()).isEqualTo(1);
    Aggregator eventsOnly = Grouping.by(Dimension.LAYER).withoutDistinctPeople().aggregator(dictionaries);
    eventsOnly.addColumns(new short[][] {{0}}, new byte[] {1}, null, 0, 1);
    assertThat(eventsOnly.events(ActivityKind.CONTRIBUTED)).isEqualTo(1);
    assertThat(eventsOnly.events(ActivityKind.TOOK_PART)).isZero();
  }

  @Test
  void mergeRefusesMismatches() {
    Aggregator a = Grouping.by(Dimension.LAYER).aggregator();
    assertThat(rejectionOf(() -> a.merge(a)).field()).isEqualTo("merge.other");
    assertThat(rejectionOf(() -> a.merge(Grouping.by(Dimension.ORGANISATION).aggregator())).field())
        .isEqualTo("merge.grouping");
    assertThat(rejectionOf(() -> a.merge(Grouping.by(Dimension.LAYER)
        .aggregator(Dictionaries.hostNumberedPeople()))).field()).isEqualTo("merge.people");
    Aggregator eventsOnly = Grouping.by(Dimension.LAYER).withoutDistinctPeople().aggregator();
    eventsOnly.add(Events.decode(0));
    Aggregator hostNumbered = Grouping.by(Dimension.LAYER).withoutDistinctPeople()
        .aggregator(Dictionaries.hostNumberedPeople());
    assertThat(hostNumbered.merge(eventsOnly).result().events()).isEqualTo(1);
  }

  @Test
  void objectApiNeedsPeopleCodedByDictionary() {
    Aggregator a = Grouping.by(Dimension.LAYER).aggregator(Dictionaries.hostNumberedPeople());
    assertThatThrownBy(() -> a.add(Events.decode(0))).isInstanceOf(IllegalStateException.class);
    Aggregator eventsOnly = Grouping.by(Dimension.LAYER).withoutDistinctPeople()
        .aggregator(Dictionaries.hostNumberedPeople());
    eventsOnly.add(Events.decode(0));
    assertThat(eventsOnly.result().groups().get(0).people()).isZero();
  }

  @Test
  void preferNotToSayAndNotAskedAreGroupsOfTheirOwn() {
    Aggregator a = Grouping.by(Dimension.DISABILITY).aggregator();
    a.add(Events.decode(0));
    a.add(Events.decode(1 << 17));
    a.add(Events.decode(2 << 17));
    assertThat(a.result().groups()).extracting(t -> t.group().value(0)).containsExactlyInAnyOrder(
        Response.notAsked(), Response.preferNotToSay(), Response.answered(false));
  }

  @Test
  void manyGroupsGrowTheTables() {
    Grouping grouping = Grouping.by(Dimension.ORGANISATION, Dimension.LAYER, Dimension.JURISDICTION,
        Dimension.AGE_BAND);
    Aggregator a = grouping.aggregator();
    List<ActivityEvent> events = new ArrayList<>();
    for (int x = 0; x < 20_000; x++) {
      events.add(Events.decode((x * 104_729) & Integer.MAX_VALUE));
    }
    a.addAll(events);
    Aggregate expected = Events.naive(grouping, events);
    assertThat(a.groupCount()).isEqualTo(expected.groups().size()).isGreaterThan(300);
    assertThat(a.result()).isEqualTo(expected);
    assertThat(a.toString()).contains(expected.groups().size() + " groups");
  }

  private static void sevenOrganisationsAndEveryAgeBand(Dictionaries dictionaries) {
    for (int o = 0; o < 7; o++) {
      dictionaries.of(Dimension.ORGANISATION).code(OrganisationId.parse("o" + o));
    }
    for (AgeBand band : AgeBand.values()) {
      dictionaries.of(Dimension.AGE_BAND).code(band);
    }
  }

  @Test
  void batchesLongerThanAChunkCountDistinctPeopleExactlyPerGroup() {
    int n = Aggregator.CHUNK * 2 + 1234;
    Dictionaries dictionaries = Dictionaries.hostNumberedPeople();
    sevenOrganisationsAndEveryAgeBand(dictionaries);
    short[] org = new short[n];
    short[] band = new short[n];
    byte[] kind = new byte[n];
    int[] person = new int[n];
    // A set of boxed numbers is fine for a reference in a test (a BitSet would need 256 MB per group).
    java.util.Map<Integer, java.util.Set<Integer>> reference = new java.util.HashMap<>();
    long[] events = new long[7 * 7];
    Random random = new Random(41);
    for (int i = 0; i < n; i++) {
      org[i] = (short) random.nextInt(7);
      band[i] = (short) random.nextInt(7);
      kind[i] = (byte) random.nextInt(3);
      // Mostly small numbers, some very large: sparse and dense groups, many bands of codes.
      person[i] = random.nextInt(10) == 0 ? random.nextInt(Integer.MAX_VALUE - 64) : random.nextInt(300_000);
      reference.computeIfAbsent(org[i] * 7 + band[i], k -> new java.util.HashSet<>()).add(person[i]);
      events[org[i] * 7 + band[i]]++;
    }
    Aggregator a = Grouping.by(Dimension.ORGANISATION, Dimension.AGE_BAND).aggregator(dictionaries);
    a.addColumns(new short[][] {org, band}, kind, person, 0, n);
    assertThat(a.groupCount()).isEqualTo(49);
    for (GroupTotals t : a.result().groups()) {
      int o = dictionaries.of(Dimension.ORGANISATION).find(t.group().value(0));
      int b = dictionaries.of(Dimension.AGE_BAND).find(t.group().value(1));
      assertThat(t.people()).isEqualTo(reference.get(o * 7 + b).size());
      assertThat(t.events()).isEqualTo(events[o * 7 + b]);
    }
  }

  @Test
  void largeGridsAndManyDimensionsTakeTheHashedPath() {
    Dictionaries dictionaries = Dictionaries.hostNumberedPeople(1000);
    for (int o = 0; o < 300; o++) {
      dictionaries.of(Dimension.ORGANISATION).code(OrganisationId.parse("o" + o));
      dictionaries.of(Dimension.FORUM).code(OrganisationId.parse("f" + o));
    }
    short[] a = {299, 299, 0};
    short[] b = {299, 299, 1};
    Aggregator two = Grouping.by(Dimension.ORGANISATION, Dimension.FORUM).aggregator(dictionaries);
    two.addColumns(new short[][] {a, b}, new byte[3], new int[] {1, 2, 999}, 0, 3);
    assertThat(two.groupCount()).isEqualTo(2);
    assertThat(two.result().groups()).extracting(GroupTotals::people).containsExactly(1L, 2L);
    assertThat(rejectionOf(() -> two.addColumns(new short[][] {a, b}, new byte[3], new int[] {1, 2, 1000}, 0, 3))
        .field()).isEqualTo("columns.person");
    assertThat(rejectionOf(() -> Dictionaries.hostNumberedPeople(0)).field()).isEqualTo("people.bound");
    assertThat(dictionaries.peopleBound()).isEqualTo(1000);
    Aggregator none = Grouping.by().aggregator(dictionaries);
    none.addColumns(new short[0][], new byte[3], new int[] {1, 2, 1}, 0, 3);
    assertThat(none.result().groups()).containsExactly(new GroupTotals(Group.of(), 3, 0, 0, 2));
  }

  // ---- the columnar path, with people held in one grid per aggregator or one set per group ----

  private static final int ORGS = 4;
  private static final int BANDS = AgeBand.values().length;

  /** Dictionaries coding org0..org3, every age band, every layer and people p0..p(n-1) in that order. */
  private static Dictionaries coded(int people) {
    Dictionaries d = Dictionaries.create();
    for (int o = 0; o < ORGS; o++) {
      d.of(Dimension.ORGANISATION).code(OrganisationId.parse("org" + o));
    }
    for (AgeBand band : AgeBand.values()) {
      d.of(Dimension.AGE_BAND).code(band);
    }
    for (Layer layer : Layer.values()) {
      d.of(Dimension.LAYER).code(layer);
    }
    for (int p = 0; p < people; p++) {
      d.people().code(io.coproduce.core.id.PersonId.parse("p" + p));
    }
    return d;
  }

  private static ActivityEvent event(short org, short band, byte kind, int person) {
    return new ActivityEvent(io.coproduce.core.id.PersonId.parse("p" + person), OrganisationId.parse("org" + org),
        Layer.values()[org % Layer.values().length], null, null, Events.FIRST_DAY, ActivityKind.values()[kind],
        AgeBand.values()[band], io.coproduce.core.jurisdiction.Jurisdiction.ENGLAND,
        io.coproduce.core.person.EqualityMonitoring.none());
  }

  @Test
  void columnsSplitAnyWayAndMergedInAnyOrderEqualOnePassWhereverPeopleAreHeld() {
    Grouping[] groupings = {
        Grouping.by(Dimension.ORGANISATION, Dimension.AGE_BAND), Grouping.by(Dimension.AGE_BAND)};
    int[] usedGrid = new int[2];
    qt().withFixedSeed(29L).withExamples(Examples.atMost(150))
        .forAll(integers().between(0, 11), integers().between(1, 400), integers().between(0, 1_500), longs().all())
        .checkAssert((shape, people, n, seed) -> {
          Grouping grouping = groupings[shape % 2];
          int parts = shape / 2 + 1;
          boolean twoDims = grouping.dimensions().size() == 2;
          Random random = new Random(seed);
          short[] org = new short[n];
          short[] band = new short[n];
          byte[] kind = new byte[n];
          int[] person = new int[n];
          List<ActivityEvent> events = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            org[i] = (short) random.nextInt(ORGS);
            band[i] = (short) random.nextInt(BANDS);
            kind[i] = (byte) random.nextInt(3);
            person[i] = random.nextInt(people);
            events.add(event(org[i], band[i], kind[i], person[i]));
          }
          short[][] columns = twoDims ? new short[][] {org, band} : new short[][] {band};
          Aggregator whole = grouping.aggregator(coded(people));
          whole.addAll(events);
          Dictionaries shared = coded(people);
          List<Aggregator> partials = new ArrayList<>();
          for (int p = 0; p < parts; p++) {
            partials.add(grouping.aggregator(random.nextBoolean() ? shared : coded(people)));
          }
          // Contiguous pieces of random length, each to a random partial, by columns or (rarely) one by one.
          for (int from = 0; from < n; ) {
            int to = Math.min(n, from + 1 + random.nextInt(random.nextBoolean() ? 20 : 600));
            Aggregator target = partials.get(random.nextInt(parts));
            if (random.nextInt(8) == 0) {
              target.addAll(events.subList(from, to));
            } else {
              target.addColumns(columns, kind, person, from, to);
            }
            usedGrid[target.holdsPeopleInGrid() ? 1 : 0]++;
            from = to;
          }
          while (partials.size() > 1) {
            Collections.shuffle(partials, random);
            Aggregator left = partials.remove(partials.size() - 1);
            Aggregator right = partials.remove(partials.size() - 1);
            Aggregate before = right.result();
            partials.add(left.merge(right));
            assertThat(right.result()).isEqualTo(before);
          }
          assertThat(partials.get(0).result()).isEqualTo(whole.result());
          assertThat(partials.get(0).result()).isEqualTo(Events.naive(grouping, events));
        });
    // The property means something only if both ways of holding people were exercised.
    assertThat(usedGrid[0]).isPositive();
    assertThat(usedGrid[1]).isPositive();
  }

  @Test
  void denseBatchesHoldPeopleInOneGridAndSparseOnesInSetsPerGroup() {
    Dictionaries d = coded(1_000);
    Grouping grouping = Grouping.by(Dimension.ORGANISATION, Dimension.AGE_BAND);
    // 4 organisations x 7 age bands x 16 words of 64 people: a batch of one event per 8 words is dense enough.
    int n = ORGS * BANDS * 16 / 8;
    short[] org = new short[n];
    short[] band = new short[n];
    int[] person = new int[n];
    for (int i = 0; i < n; i++) {
      org[i] = (short) (i % ORGS);
      band[i] = (short) (i % BANDS);
      person[i] = i * 17;
    }
    Aggregator dense = grouping.aggregator(d);
    dense.addColumns(new short[][] {org, band}, new byte[n], person, 0, n);
    assertThat(dense.holdsPeopleInGrid()).isTrue();
    Aggregator sparse = grouping.aggregator(d);
    sparse.addColumns(new short[][] {org, band}, new byte[n], person, 0, n - 1);
    assertThat(sparse.holdsPeopleInGrid()).isFalse();
    // Once people are in sets, a dense batch does not move them to a grid.
    sparse.addColumns(new short[][] {org, band}, new byte[n], person, 0, n);
    assertThat(sparse.holdsPeopleInGrid()).isFalse();
    assertThat(sparse.result().groups()).extracting(GroupTotals::people).containsOnly(2L);
    // One event by the object API moves them out of the grid, and counts stay exact.
    dense.add(event((short) 0, (short) 0, (byte) 0, 999));
    assertThat(dense.holdsPeopleInGrid()).isFalse();
    assertThat(dense.result().groups().get(0).people()).isEqualTo(3);
    assertThat(dense.result().events()).isEqualTo(n + 1);
  }

  @Test
  void hostNumberedPeopleWithoutABoundGrowTheGridAsLargerNumbersArrive() {
    Dictionaries d = Dictionaries.hostNumberedPeople();
    d.of(Dimension.LAYER).code(Layer.SERVICE);
    d.of(Dimension.LAYER).code(Layer.ORGANISATION);
    Aggregator a = Grouping.by(Dimension.LAYER).aggregator(d);
    int n = 1_000;
    short[] layer = new short[n];
    int[] small = new int[n];
    int[] large = new int[n];
    for (int i = 0; i < n; i++) {
      layer[i] = (short) (i & 1);
      small[i] = i;
      large[i] = 5_000 + i * 7;
    }
    a.addColumns(new short[][] {layer}, new byte[n], small, 0, n);
    assertThat(a.holdsPeopleInGrid()).isTrue();
    a.addColumns(new short[][] {layer}, new byte[n], large, 0, n);
    assertThat(a.holdsPeopleInGrid()).isTrue();
    a.addColumns(new short[][] {layer}, new byte[n], small, 0, n);
    assertThat(a.result().groups()).extracting(GroupTotals::people).containsExactly(1_000L, 1_000L);
    assertThat(a.result().events()).isEqualTo(3L * n);
    // Beyond what one grid may hold, people move to sets per group and stay exact.
    int[] huge = {Integer.MAX_VALUE - 1, 3};
    a.addColumns(new short[][] {new short[] {0, 1}}, new byte[2], huge, 0, 2);
    assertThat(a.holdsPeopleInGrid()).isFalse();
    assertThat(a.result().groups()).extracting(GroupTotals::people).containsExactly(1_001L, 1_000L);
  }

  @Test
  void gridsOfDifferentShapesMergeByTheirGroups() {
    Dictionaries d = coded(100);
    Grouping grouping = Grouping.by(Dimension.ORGANISATION, Dimension.AGE_BAND);
    int n = 200;
    short[] org = new short[n];
    short[] band = new short[n];
    int[] person = new int[n];
    for (int i = 0; i < n; i++) {
      org[i] = (short) (i % ORGS);
      band[i] = (short) (i % BANDS);
      person[i] = i % 100;
    }
    Aggregator before = grouping.aggregator(d);
    before.addColumns(new short[][] {org, band}, new byte[n], person, 0, n);
    d.of(Dimension.ORGANISATION).code(OrganisationId.parse("org4"));
    Aggregator after = grouping.aggregator(d);
    after.addColumns(new short[][] {org, band}, new byte[n], person, 0, n);
    assertThat(before.holdsPeopleInGrid()).isTrue();
    assertThat(after.holdsPeopleInGrid()).isTrue();
    Aggregator reference = grouping.aggregator(d);
    for (int i = 0; i < 2 * n; i++) {
      reference.add(event(org[i % n], band[i % n], (byte) 0, person[i % n]));
    }
    assertThat(before.merge(after).result()).isEqualTo(reference.result());
    assertThat(before.holdsPeopleInGrid()).isFalse();
  }

  @Test
  void denseBatchesLongerThanAGridChunkCountDistinctPeopleExactlyPerGroup() {
    int n = io.coproduce.reporting.aggregate.internal.PeopleGrid.CHUNK + 777;
    int people = 300_000;
    Dictionaries dictionaries = Dictionaries.hostNumberedPeople(people);
    sevenOrganisationsAndEveryAgeBand(dictionaries);
    short[] org = new short[n];
    short[] band = new short[n];
    byte[] kind = new byte[n];
    int[] person = new int[n];
    java.util.BitSet[] reference = new java.util.BitSet[7 * BANDS];
    long[] events = new long[7 * BANDS];
    Random random = new Random(43);
    for (int i = 0; i < n; i++) {
      org[i] = (short) random.nextInt(7);
      band[i] = (short) random.nextInt(BANDS);
      kind[i] = (byte) random.nextInt(3);
      person[i] = random.nextInt(4) == 0 ? people - 1 - random.nextInt(64) : random.nextInt(people);
      int cell = org[i] * BANDS + band[i];
      if (reference[cell] == null) {
        reference[cell] = new java.util.BitSet(people);
      }
      reference[cell].set(person[i]);
      events[cell]++;
    }
    Aggregator a = Grouping.by(Dimension.ORGANISATION, Dimension.AGE_BAND).aggregator(dictionaries);
    a.addColumns(new short[][] {org, band}, kind, person, 0, n);
    assertThat(a.holdsPeopleInGrid()).isTrue();
    assertThat(a.groupCount()).isEqualTo(7 * BANDS);
    for (GroupTotals t : a.result().groups()) {
      int o = dictionaries.of(Dimension.ORGANISATION).find(t.group().value(0));
      int b = dictionaries.of(Dimension.AGE_BAND).find(t.group().value(1));
      assertThat(t.people()).isEqualTo(reference[o * BANDS + b].cardinality());
      assertThat(t.events()).isEqualTo(events[o * BANDS + b]);
    }
  }
}
