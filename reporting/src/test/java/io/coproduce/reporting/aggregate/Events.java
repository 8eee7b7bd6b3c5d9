package io.coproduce.reporting.aggregate;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.EqualityMonitoring;
import io.coproduce.core.person.Response;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.layer.Layer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Test support: synthetic events decoded from one int each, and a naive reference aggregation. */
final class Events {
  static final LocalDate FIRST_DAY = LocalDate.of(2025, 12, 20);

  private Events() {}

  /** An event whose every field is read from bits of {@code x}. */
  static ActivityEvent decode(int x) {
    Response<Boolean> disability = switch ((x >>> 17) % 3) {
      case 0 -> Response.notAsked();
      case 1 -> Response.preferNotToSay();
      default -> Response.answered((x >>> 19 & 1) == 1);
    };
    return new ActivityEvent(
        PersonId.parse("p" + (x % 40)),
        OrganisationId.parse("org" + ((x >>> 6) % 4)),
        Layer.values()[(x >>> 8) % Layer.values().length],
        (x >>> 20 & 1) == 0 ? null : ForumId.parse("forum" + ((x >>> 21) % 3)),
        null,
        FIRST_DAY.plusDays((x >>> 11) % 420),
        ActivityKind.values()[(x >>> 3) % 3],
        AgeBand.values()[(x >>> 23) % AgeBand.values().length],
        Jurisdiction.values()[(x >>> 5) % 4],
        EqualityMonitoring.none().withDisability(disability));
  }

  /** The result of grouping {@code events} by {@code grouping} with maps and sets of objects. */
  static Aggregate naive(Grouping grouping, List<ActivityEvent> events) {
    Map<Group, long[]> counts = new HashMap<>();
    Map<Group, Set<PersonId>> people = new HashMap<>();
    Function<ActivityEvent, Group> key = e -> Group.of(grouping.dimensions().stream()
        .map(d -> d.valueOf(e, grouping.periodUnit())).toList());
    for (ActivityEvent e : events) {
      Group g = key.apply(e);
      counts.computeIfAbsent(g, k -> new long[3])[e.kind().ordinal()]++;
      people.computeIfAbsent(g, k -> new HashSet<>()).add(e.person());
    }
    return new Aggregate(grouping, counts.entrySet().stream()
        .map(en -> new GroupTotals(en.getKey(), en.getValue()[0], en.getValue()[1], en.getValue()[2],
            grouping.distinctPeople() ? people.get(en.getKey()).size() : 0))
        .toList());
  }
}
