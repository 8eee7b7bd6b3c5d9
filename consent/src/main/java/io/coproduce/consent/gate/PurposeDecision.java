package io.coproduce.consent.gate;

import com.google.common.collect.ImmutableList;
import io.coproduce.consent.policy.WhoDecides;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.rule.Reason;
import java.util.List;
import java.util.Objects;

/**
 * Whether one purpose is allowed for one young person at an instant, and why: who had to decide
 * ({@link WhoDecides}), and every finding, including each missing piece. Immutable and thread-safe.
 *
 * @param purpose the purpose
 * @param allowed whether it is allowed: true exactly when no finding blocks
 * @param whoDecides whose decision the purpose needed, and on what law
 * @param findings what the check found, in the order found
 */
public record PurposeDecision(
    Purpose purpose, boolean allowed, WhoDecides whoDecides, List<Finding> findings) {

  /** Validates the decision: allowed exactly when nothing blocks. */
  public PurposeDecision {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(whoDecides, "whoDecides");
    findings = List.copyOf(findings);
    boolean blocked = false;
    for (int i = 0; i < findings.size(); i++) {
      blocked |= findings.get(i).blocks();
    }
    if (allowed == blocked) {
      throw new IllegalArgumentException("allowed exactly when no finding blocks");
    }
  }

  /** Returns the missing pieces: findings that block, and other ways it could become allowed. */
  public List<Finding> gaps() {
    return findings.stream().filter(Finding::isGap).toList();
  }

  /** Returns whether some finding is of {@code kind}. */
  public boolean has(FindingKind kind) {
    for (Finding f : findings) {
      if (f.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /** Returns every reason: the legal basis of who decides, then each finding's explanation. */
  public List<Reason> reasons() {
    ImmutableList.Builder<Reason> out = ImmutableList.builder();
    out.addAll(whoDecides.reasons());
    for (Finding f : findings) {
      out.add(f.reason());
    }
    return out.build();
  }

  @Override
  public String toString() {
    return purpose + (allowed ? " allowed" : " NOT allowed") + " " + findings;
  }
}
