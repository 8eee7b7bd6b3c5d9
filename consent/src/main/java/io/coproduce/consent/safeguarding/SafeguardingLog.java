package io.coproduce.consent.safeguarding;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.RuleSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only log of safeguarding overrides, kept apart from consent on purpose: sharing
 * information to protect a child from harm does not need consent and must never be recorded as
 * a change of consent. Each override is also logged (ids and ground only) at WARN for audit.
 * Thread-safe.
 */
public final class SafeguardingLog {

  /** Why sharing to safeguard needs no consent. */
  public static final RuleSource SOURCE = RuleSource.statutoryGuidance(
      "Working Together to Safeguard Children 2023; Information sharing: advice for practitioners"
          + " (DfE 2024); Data Protection Act 2018 Sch 8 para 4 (safeguarding of children)");

  private static final Logger LOG = LoggerFactory.getLogger(SafeguardingLog.class);

  private final List<SafeguardingOverride> overrides = new ArrayList<>();
  private final Set<SafeguardingOverrideId> ids = new HashSet<>();

  /** An empty log. */
  public SafeguardingLog() {}

  /**
   * Records an override.
   *
   * @throws InvalidInputException when its id is already in the log
   */
  public synchronized void record(SafeguardingOverride override) {
    Objects.requireNonNull(override, "override");
    if (!ids.add(override.id())) {
      throw InvalidInputException.of("safeguardingOverride.id", "must be new to the log", override.id());
    }
    overrides.add(override);
    LOG.warn("safeguarding override {}: information about {} shared with {} by {} at {} ({})",
        override.id(), override.subject(), override.sharedWith().value(), override.decidedBy(),
        override.decidedAt(), override.ground());
  }

  /** Returns every override, in the order recorded. */
  public synchronized List<SafeguardingOverride> overrides() {
    return ImmutableList.copyOf(overrides);
  }

  /** Returns the overrides about {@code subject}. */
  public synchronized List<SafeguardingOverride> about(PersonId subject) {
    Objects.requireNonNull(subject, "subject");
    return overrides.stream().filter(o -> o.subject().equals(subject)).collect(ImmutableList.toImmutableList());
  }
}
