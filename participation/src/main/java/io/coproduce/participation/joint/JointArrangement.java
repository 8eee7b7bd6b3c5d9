package io.coproduce.participation.joint;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.error.UnknownReferenceException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.participation.finding.Finding;
import io.coproduce.participation.finding.Severity;
import io.coproduce.participation.forum.ForumNetwork;
import io.coproduce.participation.forum.RepresentationLink;
import io.coproduce.participation.process.CoproductionProcess;
import io.coproduce.participation.process.ProcessId;
import io.coproduce.participation.process.ProcessKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How two membership groups that keep their own identities work together: the two groups, the
 * areas of work they have agreed to share, and the consultation responses they write jointly
 * (each a {@link CoproductionProcess} of kind {@link ProcessKind#JOINT_CONSULTATION_RESPONSE}).
 * Who sits where is not held here but in a {@link ForumNetwork}: the liaisons are
 * {@link RepresentationLink}s between the two steering groups, and {@link #check} reads them on a
 * date. Immutable and thread-safe; the {@code with...} methods return a new arrangement.
 *
 * <p>What it refuses, each with an error naming the field and the rule (ids only):
 * <ul>
 *   <li>the same group twice ({@code jointArrangement.second}), or two groups sharing one
 *       steering group ({@code jointArrangement.second.steeringGroup}): each keeps its own;
 *   <li>two different areas with the same id ({@code jointArrangement.areas});
 *   <li>a response that is not a joint consultation response, or two different responses with
 *       the same id ({@code jointArrangement.responses}).
 * </ul>
 * Areas and responses are held in id order, so arrangements with the same parts are equal
 * whatever order the parts were given in. It deliberately accepts organisations that belong to
 * both groups, and responses with owners from outside both groups (a third partner); whether a
 * response is owned by both groups is a {@linkplain #check finding}, not an error.
 *
 * @param first one group
 * @param second the other group
 * @param areas the agreed joint areas of work, ordered by id
 * @param responses the joint responses, ordered by id
 */
public record JointArrangement(MembershipGroup first, MembershipGroup second, List<JointArea> areas,
    List<CoproductionProcess> responses) {

  private static final Comparator<JointArea> AREA_ORDER = Comparator.comparing(a -> a.id().value());
  private static final Comparator<CoproductionProcess> RESPONSE_ORDER = Comparator.comparing(p -> p.id().value());
  private static final Comparator<PersonId> PERSON_ORDER = Comparator.comparing(PersonId::value);

  /** Validates the arrangement and orders its areas and responses by id. */
  public JointArrangement {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(areas, "areas");
    Objects.requireNonNull(responses, "responses");
    if (first.id().equals(second.id())) {
      throw InvalidInputException.of("jointArrangement.second",
          "must be a different group from jointArrangement.first", second.id());
    }
    if (first.steeringGroup().equals(second.steeringGroup())) {
      throw InvalidInputException.of("jointArrangement.second.steeringGroup",
          "must differ from the first group's steering group: each group keeps its own", second.steeringGroup());
    }
    areas = uniqueById(areas, JointArea::id, AREA_ORDER, "jointArrangement.areas");
    for (CoproductionProcess response : responses) {
      if (response.kind() != ProcessKind.JOINT_CONSULTATION_RESPONSE) {
        throw InvalidInputException.of("jointArrangement.responses",
            "must be processes of kind JOINT_CONSULTATION_RESPONSE; process " + response.id() + " is "
                + response.kind(), response.id());
      }
    }
    responses = uniqueById(responses, CoproductionProcess::id, RESPONSE_ORDER, "jointArrangement.responses");
  }

  private static <T, I> List<T> uniqueById(Collection<T> items, Function<T, I> id,
      Comparator<T> order, String field) {
    Map<I, T> byId = new HashMap<>();
    for (T item : items) {
      Objects.requireNonNull(item, field);
      T held = byId.putIfAbsent(id.apply(item), item);
      if (held != null && !held.equals(item)) {
        throw InvalidInputException.of(field, "must have unique ids: another with other details has this id",
            id.apply(item));
      }
    }
    return byId.values().stream().sorted(order).collect(ImmutableList.toImmutableList());
  }

  /** An arrangement between two groups with no joint areas or responses yet. */
  public static JointArrangement between(MembershipGroup first, MembershipGroup second) {
    return new JointArrangement(first, second, List.of(), List.of());
  }

  /**
   * Returns this arrangement with {@code area} agreed too, or this arrangement when it already holds it.
   *
   * @throws InvalidInputException naming {@code jointArrangement.areas} when a different area has its id
   */
  public JointArrangement withArea(JointArea area) {
    Objects.requireNonNull(area, "area");
    if (areas.contains(area)) {
      return this;
    }
    return new JointArrangement(first, second,
        ImmutableList.<JointArea>builder().addAll(areas).add(area).build(), responses);
  }

  /**
   * Returns this arrangement with {@code response} held, replacing any response with the same id
   * (a process changes as its phases start and close).
   *
   * @throws InvalidInputException naming {@code jointArrangement.responses} when it is not a joint
   *     consultation response
   */
  public JointArrangement withResponse(CoproductionProcess response) {
    Objects.requireNonNull(response, "response");
    List<CoproductionProcess> next = new ArrayList<>();
    for (CoproductionProcess held : responses) {
      if (!held.id().equals(response.id())) {
        next.add(held);
      }
    }
    next.add(response);
    return new JointArrangement(first, second, areas, next);
  }

  /** Returns the joint area with this id, if the arrangement holds it. */
  public Optional<JointArea> area(JointAreaId id) {
    Objects.requireNonNull(id, "id");
    return areas.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Returns the joint response with this id, if the arrangement holds it. */
  public Optional<CoproductionProcess> response(ProcessId id) {
    Objects.requireNonNull(id, "id");
    return responses.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Returns the joint areas active on {@code date}, ordered by id. */
  public List<JointArea> areasOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return areas.stream().filter(a -> a.activeOn(date)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the liaison links active on {@code date} from {@code from}'s steering group to the
   * other group's, ordered by person id: the people who sit on the other steering group for it.
   *
   * @throws UnknownReferenceException when {@code from} is neither group of the arrangement, or
   *     the network does not hold its steering group
   */
  public List<RepresentationLink> liaisonsOn(ForumNetwork network, LocalDate date, OrganisationId from) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(from, "from");
    MembershipGroup sender = groupWithId(from);
    MembershipGroup receiver = sender == first ? second : first;
    requireSteeringGroups(network);
    return network.linksFromOn(sender.steeringGroup(), date).stream()
        .filter(l -> l.to().equals(receiver.steeringGroup()))
        .collect(ImmutableList.toImmutableList());
  }

  private MembershipGroup groupWithId(OrganisationId id) {
    if (first.id().equals(id)) {
      return first;
    }
    if (second.id().equals(id)) {
      return second;
    }
    throw UnknownReferenceException.of("membership group of the arrangement", id);
  }

  private void requireSteeringGroups(ForumNetwork network) {
    for (MembershipGroup group : List.of(first, second)) {
      if (network.forum(group.steeringGroup()).isEmpty()) {
        throw UnknownReferenceException.of("forum in membershipGroup.steeringGroup", group.steeringGroup());
      }
    }
  }

  /**
   * Returns whether {@code response} is owned by both groups: one owner that is the first group
   * or one of its members, and a different owner that is the second group or one of its members.
   */
  public boolean ownedByBoth(CoproductionProcess response) {
    Objects.requireNonNull(response, "response");
    Set<OrganisationId> owners = response.owners();
    for (OrganisationId a : owners) {
      if (!first.includes(a)) {
        continue;
      }
      for (OrganisationId b : owners) {
        if (!a.equals(b) && second.includes(b)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Checks the joint working on {@code date} and returns what it found, in this order:
   * <ol>
   *   <li>for each joint area active on the date, by id, and each direction (first group to
   *       second, then second to first) with no liaison link active on the date from the one
   *       steering group to the other: a warning {@link JointRules#LIAISON_MISSING} naming the
   *       area and the missing direction ({@link JointRules#LIAISON_SOURCE}). Where a link in
   *       that direction ended before the date or starts after it, the explanation says when, and
   *       the finding is about its liaison, so a host can prompt a renewal;
   *   <li>for each joint response, by id, that is not {@linkplain #ownedByBoth owned by both
   *       groups}: a warning {@link JointRules#RESPONSE_NOT_JOINT} saying which group is missing
   *       ({@link JointRules#RESPONSE_SOURCE}). Every response is checked whatever its dates,
   *       since who owns it does not change with time and is best put right before it starts.
   * </ol>
   * Areas not active on the date (not yet begun, or over) need no liaison and give no finding.
   *
   * @throws UnknownReferenceException when the network does not hold a group's steering group
   */
  public List<Finding> check(ForumNetwork network, LocalDate date) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(date, "date");
    requireSteeringGroups(network);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (JointArea area : areasOn(date)) {
      missingLiaison(network, date, area, first, second).ifPresent(findings::add);
      missingLiaison(network, date, area, second, first).ifPresent(findings::add);
    }
    for (CoproductionProcess response : responses) {
      notJoint(response).ifPresent(findings::add);
    }
    return findings.build();
  }

  private Optional<Finding> missingLiaison(ForumNetwork network, LocalDate date, JointArea area,
      MembershipGroup from, MembershipGroup to) {
    if (!liaisonsOn(network, date, from.id()).isEmpty()) {
      return Optional.empty();
    }
    List<RepresentationLink> between = network.links().stream()
        .filter(l -> l.from().equals(from.steeringGroup()) && l.to().equals(to.steeringGroup()))
        .toList();
    StringBuilder text = new StringBuilder()
        .append("Joint area ").append(area.id()).append(" has no liaison from group ").append(from.id())
        .append(" to group ").append(to.id()).append(" on ").append(date).append(": nobody sits on ")
        .append(to.id()).append("'s steering group ").append(to.steeringGroup()).append(" for ")
        .append(from.id()).append("'s steering group ").append(from.steeringGroup()).append(" that day.");
    List<PersonId> about = new ArrayList<>();
    Optional<RepresentationLink> last = between.stream()
        .filter(l -> l.term().lastDay().map(d -> d.isBefore(date)).orElse(false))
        .max(Comparator.comparing((RepresentationLink l) -> l.term().lastDay().orElseThrow())
            .thenComparing(RepresentationLink::member, PERSON_ORDER.reversed()));
    last.ifPresent(l -> {
      text.append(" The last such link, held by ").append(l.member()).append(", ended on ")
          .append(l.term().lastDay().orElseThrow()).append('.');
      about.add(l.member());
    });
    Optional<RepresentationLink> next = between.stream()
        .filter(l -> l.term().from().isAfter(date))
        .min(Comparator.comparing((RepresentationLink l) -> l.term().from())
            .thenComparing(RepresentationLink::member, PERSON_ORDER));
    next.ifPresent(l -> {
      text.append(" The next such link, held by ").append(l.member()).append(", starts on ")
          .append(l.term().from()).append('.');
      about.add(l.member());
    });
    text.append(" Each group should have a liaison on the other's steering group while they share this area.");
    return Optional.of(Finding.of(Severity.WARNING, JointRules.LIAISON_MISSING, text.toString(),
        JointRules.LIAISON_SOURCE, ImmutableSortedSet.copyOf(PERSON_ORDER, about)));
  }

  private Optional<Finding> notJoint(CoproductionProcess response) {
    if (ownedByBoth(response)) {
      return Optional.empty();
    }
    Set<OrganisationId> owners = response.owners();
    List<OrganisationId> fromFirst = owners.stream().filter(first::includes).toList();
    List<OrganisationId> fromSecond = owners.stream().filter(second::includes).toList();
    StringBuilder text = new StringBuilder().append("Joint response ").append(response.id())
        .append(" (owners ").append(join(owners)).append(") is not owned by both groups: ");
    if (fromFirst.isEmpty() && fromSecond.isEmpty()) {
      text.append("no owner belongs to group ").append(first.id()).append(" or group ").append(second.id());
    } else if (fromFirst.isEmpty()) {
      text.append("no owner belongs to group ").append(first.id());
    } else if (fromSecond.isEmpty()) {
      text.append("no owner belongs to group ").append(second.id());
    } else {
      text.append("its only owner from either group, ").append(fromFirst.get(0))
          .append(", belongs to both, so one organisation would speak for two groups");
    }
    text.append('.');
    return Optional.of(Finding.of(Severity.WARNING, JointRules.RESPONSE_NOT_JOINT, text.toString(),
        JointRules.RESPONSE_SOURCE, List.of()));
  }

  private static String join(Collection<OrganisationId> ids) {
    return ids.stream().map(OrganisationId::toString).collect(Collectors.joining(", "));
  }
}
