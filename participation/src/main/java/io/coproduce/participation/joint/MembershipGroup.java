package io.coproduce.participation.joint;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.forum.ForumId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;

/**
 * A membership group (a coalition, a partnership of schools and services): an organisation in
 * its own right, with member organisations and its own steering group, a {@link
 * io.coproduce.participation.forum.Forum} in a {@link io.coproduce.participation.forum.ForumNetwork}.
 * Immutable and thread-safe.
 *
 * <p>An organisation may belong to more than one group; a group speaks through itself or any of
 * its members ({@link #includes}). The group's own id may also be listed among its members.
 *
 * @param id the group, as an organisation
 * @param steeringGroup the forum that steers it
 * @param members its member organisations, ordered by id; at least one
 */
public record MembershipGroup(OrganisationId id, ForumId steeringGroup, Set<OrganisationId> members) {

  /** Validates the group and makes {@code members} immutable and ordered. */
  public MembershipGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(steeringGroup, "steeringGroup");
    members = ImmutableSortedSet.copyOf(Comparator.comparing(OrganisationId::value), members);
    if (members.isEmpty()) {
      throw InvalidInputException.of("membershipGroup.members", "must name at least one member organisation", id);
    }
  }

  /** A group. */
  public static MembershipGroup of(OrganisationId id, ForumId steeringGroup, Collection<OrganisationId> members) {
    return new MembershipGroup(id, steeringGroup, Set.copyOf(members));
  }

  /** Returns whether {@code organisation} is the group itself or one of its members. */
  public boolean includes(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return id.equals(organisation) || members.contains(organisation);
  }

  /** Returns the id, steering group and number of members. */
  @Override
  public String toString() {
    return "MembershipGroup[" + id + ", steered by " + steeringGroup + ", " + members.size() + " members]";
  }
}
