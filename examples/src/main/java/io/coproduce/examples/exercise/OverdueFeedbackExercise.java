package io.coproduce.examples.exercise;

import io.coproduce.core.id.PersonId;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.voice.Attribution;
import io.coproduce.participation.voice.Contribution;
import io.coproduce.participation.voice.ContributionId;
import io.coproduce.participation.voice.ContributionKind;
import io.coproduce.participation.voice.Decision;
import io.coproduce.participation.voice.DecisionId;
import io.coproduce.participation.voice.DecisionMaker;
import io.coproduce.participation.voice.DecisionOutcome;
import io.coproduce.participation.voice.Feedback;
import io.coproduce.participation.voice.FeedbackPolicies;
import io.coproduce.participation.voice.FeedbackPolicy;
import io.coproduce.participation.voice.OverdueFeedback;
import io.coproduce.participation.voice.VoiceRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * "Which feedback is overdue?": five made-up contributions to two forums (one with its own
 * 14-day feedback period, one under the library's default), a decision that cites two of them,
 * and the feedback given so far. {@link VoiceRecord#feedbackStatus} says where each stands and
 * {@link VoiceRecord#overdueFeedback} lists what is overdue, each with its deadline and the
 * source of the period. Immutable and thread-safe.
 */
public final class OverdueFeedbackExercise implements Exercise {

  /** The instant the record is asked about. */
  public static final Instant AS_OF = Instant.parse("2026-11-23T12:00:00Z");

  private static final ForumId NORTH = ForumId.parse("yag-north");
  private static final ForumId LOCAL = ForumId.parse("lsf-northshire");

  /** The exercise. */
  public OverdueFeedbackExercise() {}

  @Override
  public String name() {
    return "overdue-feedback";
  }

  @Override
  public String question() {
    return "Which feedback is overdue?";
  }

  /** Returns the record of contributions, decisions and feedback. */
  public VoiceRecord record() {
    FeedbackPolicies policies = FeedbackPolicies.defaults()
        .with(NORTH, FeedbackPolicy.organisation(Duration.ofDays(14), "yag-north terms of reference (2026), feedback within 14 days"));
    List<Contribution> contributions = List.of(
        contribution("c-101", ContributionKind.IDEA, "yp-ash-16", NORTH, "2026-10-01T17:00:00Z"),
        contribution("c-102", ContributionKind.PRIORITY, "yp-bay-15", NORTH, "2026-10-01T17:00:00Z"),
        contribution("c-103", ContributionKind.CONCERN, "yp-cove-17", NORTH, "2026-10-29T17:00:00Z"),
        contribution("c-104", ContributionKind.IDEA, "yp-dell-19", LOCAL, "2026-10-20T18:00:00Z"),
        contribution("c-105", ContributionKind.FEEDBACK, "yp-fern-21", LOCAL, "2026-11-10T18:00:00Z"));
    DecisionId decision = DecisionId.parse("d-01");
    List<Decision> decisions = List.of(Decision.of(decision, DecisionMaker.forum(NORTH),
        Instant.parse("2026-10-08T18:00:00Z"), DecisionOutcome.ADOPTED,
        "The group chose later opening hours because young people asked for them.",
        List.of(ContributionId.parse("c-101"), ContributionId.parse("c-102"))));
    List<Feedback> feedback = List.of(
        Feedback.reporting(ContributionId.parse("c-101"), Instant.parse("2026-10-10T16:00:00Z"), decision,
            "You asked for later opening. We said yes. It starts in January."),
        Feedback.reporting(ContributionId.parse("c-102"), Instant.parse("2026-10-20T16:00:00Z"), decision,
            "You asked for later opening. We said yes. It starts in January."));
    return VoiceRecord.empty(policies).withAll(contributions, decisions, feedback);
  }

  /** Returns the feedback overdue at {@link #AS_OF}, as the record lists it. */
  public List<OverdueFeedback> answers() {
    return record().overdueFeedback(AS_OF);
  }

  @Override
  public void run(Transcript t) {
    VoiceRecord record = record();
    t.title(this);
    t.fact("Everyone here is made up; people are named by pseudonymous id only, and what they said stays"
        + " in the host's own records.");
    t.situation("contributions, decisions and feedback known at " + AS_OF);
    t.fact("feedback periods: " + NORTH + " " + record.policies().policyFor(NORTH, AS_OF) + "; every other forum "
        + record.policies().fallback());
    for (Contribution c : record.contributions()) {
      t.fact(c.id() + ": " + c.kind() + " by " + c.contributor() + " in " + c.forumId().orElseThrow() + " at " + c.at()
          + ", feedback due by " + record.feedbackDeadline(c.id()));
    }
    for (Decision d : record.decisions()) {
      t.fact("decision " + d.id() + " by " + d.maker() + " at " + d.at() + ": " + d.outcome() + ", citing "
          + d.informedBy());
    }
    for (Feedback f : record.feedback()) {
      t.fact("feedback to " + f.contribution() + " delivered at " + f.deliveredAt()
          + f.reports().map(d -> " reporting " + d).orElse(""));
    }
    t.asks("which contributors are still waiting past their deadline at " + AS_OF + "?");
    List<OverdueFeedback> overdue = answers();
    t.answer(overdue.size() + " of " + record.contributions().size() + " contributions are owed overdue feedback");
    for (Contribution c : record.contributions()) {
      t.detail(c.id() + ": " + record.feedbackStatus(c.id(), AS_OF));
    }
    for (OverdueFeedback o : overdue) {
      t.reason(o.toFinding().severity().name(), o.toFinding().reason());
    }
    t.end();
  }

  private static Contribution contribution(String id, ContributionKind kind, String who, ForumId forum, String at) {
    return Contribution.inForum(ContributionId.parse(id), kind, PersonId.parse(who), forum, Instant.parse(at),
        Attribution.ANONYMOUS);
  }
}
