package io.coproduce.participation.quality;

import com.google.common.collect.ImmutableSortedSet;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.process.CoproductionProcess;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a quality assessment is about: a co-production process, with the forums that take part
 * in it (its steering group, the youth advisory group it consults), or a single forum. Together
 * with the sessions the host passes in {@link QualityFacts}, the scope decides which
 * contributions and decisions count: a contribution counts when it was made in one of those
 * sessions or in one of the scope's forums; a decision counts when it cites a contribution
 * that counts or was taken by one of the scope's forums. Immutable and thread-safe.
 *
 * @param process the process, or {@code null} for a forum's assessment
 * @param forums the forums in scope, ordered by id: for a forum's assessment exactly that
 *     forum; for a process any number, including none
 */
public record QualityScope(CoproductionProcess process, Set<ForumId> forums) {

  private static final Comparator<ForumId> BY_ID = Comparator.comparing(ForumId::value);

  /**
   * Validates the scope and sorts the forums.
   *
   * @throws InvalidInputException naming {@code qualityScope.forums} when a forum's assessment
   *     does not name exactly one forum
   */
  public QualityScope {
    Objects.requireNonNull(forums, "forums");
    forums = ImmutableSortedSet.copyOf(BY_ID, forums);
    if (process == null && forums.size() != 1) {
      throw InvalidInputException.of("qualityScope.forums",
          "a forum's assessment is about exactly one forum", forums.size());
    }
  }

  /** The scope of a process, with the forums taking part in it (possibly none). */
  public static QualityScope ofProcess(CoproductionProcess process, Collection<ForumId> forums) {
    return new QualityScope(Objects.requireNonNull(process, "process"), ImmutableSortedSet.copyOf(BY_ID, forums));
  }

  /** The scope of one forum. */
  public static QualityScope ofForum(ForumId forum) {
    return new QualityScope(null, ImmutableSortedSet.copyOf(BY_ID, List.of(Objects.requireNonNull(forum, "forum"))));
  }

  /** Returns the process, when the scope is a process. */
  public Optional<CoproductionProcess> processScope() {
    return Optional.ofNullable(process);
  }

  /** Returns whether the scope is a process (otherwise a forum). */
  public boolean isProcess() {
    return process != null;
  }

  /** Returns whether {@code forum} is in scope. */
  public boolean includes(ForumId forum) {
    return forums.contains(Objects.requireNonNull(forum, "forum"));
  }

  /** Returns {@code "process <id>"} or {@code "forum <id>"}, for explanations. */
  @Override
  public String toString() {
    return process != null ? "process " + process.id() : "forum " + forums.iterator().next();
  }
}
