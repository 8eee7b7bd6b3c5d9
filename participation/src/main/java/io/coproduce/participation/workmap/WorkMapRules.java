package io.coproduce.participation.workmap;

import io.coproduce.core.rule.RuleSource;

/**
 * The rules of the work map: their stable names (as in {@link
 * io.coproduce.participation.finding.Finding#rule()} and {@link io.coproduce.core.rule.Reason#rule()})
 * and their sources, defined once so that every finding and reason names a rule in the same
 * words. A host can filter findings by these names. The names of the partner-matching rules are
 * on {@link MatchCriterion#rule()}.
 */
public final class WorkMapRules {

  /** Two or more members serve the same objective for the same age band in the same area. */
  public static final String OVERLAP = "workmap.overlap";

  /** No member's active work serves an objective in an area. */
  public static final String OBJECTIVE_GAP = "workmap.gap.objective";

  /** No member's active work is for an age band in an area. */
  public static final String AGE_BAND_GAP = "workmap.gap.age-band";

  /**
   * Why overlaps are reported: a coalition maps its members' work so that members working on the
   * same thing for the same children in the same place can see each other, coordinate and not
   * duplicate effort. The map reports overlaps as advice, never as a fault.
   */
  public static final RuleSource OVERLAP_SOURCE = RuleSource.libraryDefault(
      "Mapping who is doing what: members serving the same objective for the same age band in the"
          + " same area are shown to each other so they can coordinate rather than duplicate;"
          + " the practice two children's mental-health membership groups committed to after the"
          + " 2019 independent review of their joint working (a map of members' work to show where"
          + " it overlaps and interacts)");

  /**
   * Why gaps are reported: a whole-system approach asks that support cover the whole range of
   * need, so an objective or age band no member covers in an area is shown to the coalition.
   * Coverage is read only from members' declared, active workstreams, so a gap may be a gap in
   * the map rather than in the work; the explanation says so.
   */
  public static final RuleSource GAP_SOURCE = RuleSource.libraryDefault(
      "An objective or age band that no member's active, declared workstream covers in an area is"
          + " reported as a gap for the coalition to consider; coverage is read only from what members"
          + " have declared. Basis: the comprehensive principle of a whole-system approach (Rethink"
          + " Mental Illness (2024), Closing the treatment gap) and the coalition practice of mapping"
          + " members' work");

  /**
   * How candidate partners for a bid are ranked: by points for each part of the bid their active
   * work shares (see {@link MatchCriterion}), ties broken by organisation id, so the order is
   * total and never depends on the order workstreams were declared in.
   */
  public static final RuleSource PARTNER_SOURCE = RuleSource.libraryDefault(
      "Candidate partners for a bid are members with active work that serves one of the bid's"
          + " objectives for one of its age bands in one of its regions; each is scored 4 points per"
          + " bid objective served, 2 per age band, 2 per region, 1 per layer and 1 per method shared,"
          + " highest first, ties in organisation id order: a bank of knowledge of who is doing what,"
          + " for members seeking partners for funding bids");

  private WorkMapRules() {}
}
