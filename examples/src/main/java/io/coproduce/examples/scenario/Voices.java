package io.coproduce.examples.scenario;

import io.coproduce.core.person.Person;
import io.coproduce.participation.voice.Attribution;
import io.coproduce.participation.voice.Contribution;
import io.coproduce.participation.voice.ContributionId;
import io.coproduce.participation.voice.ContributionKind;
import io.coproduce.participation.voice.Decision;
import io.coproduce.participation.voice.DecisionId;
import io.coproduce.participation.voice.DecisionMaker;
import io.coproduce.participation.voice.DecisionOutcome;
import io.coproduce.participation.voice.Feedback;
import io.coproduce.participation.voice.FeedbackPolicy;
import io.coproduce.participation.voice.VoiceRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The voice record of the clean sessions that have ended by the reference instant: what young
 * people said, the decisions that cited it, and the feedback that went back (some of it never
 * sent, so that overdue feedback is there to find; one contribution is always left overdue), up
 * to {@value #MAX_CONTRIBUTIONS} contributions.
 */
final class Voices {

  private static final List<String> REASONS = List.of(
      "Young people asked for evening sessions, so the drop-in now opens until seven.",
      "The group wanted clearer letters, so the service rewrote them with young people.",
      "We cannot change the waiting list this year, but we will add a weekly check-in call.",
      "The panel chose the two ideas with most support and will test them in spring.");
  private static final List<String> REPORTS = List.of(
      "You said the drop-in shut too early. We now stay open until seven.",
      "You told us the letters were hard to read. We rewrote them with you.",
      "You asked for shorter waits. We could not do that yet, but we added a check-in call.");
  private static final List<String> THANKS = List.of(
      "Thank you for your idea. The panel will look at it next month.",
      "Thanks for coming. We will tell you what happens next.");
  /**
   * The most contributions the record holds: adding to a {@link VoiceRecord} copies it, so a
   * record built item by item costs time growing with the square of its size.
   */
  static final int MAX_CONTRIBUTIONS = 2_500;
  private static final ContributionKind[] KINDS = ContributionKind.values();
  private static final DecisionOutcome[] OUTCOMES = DecisionOutcome.values();

  private Voices() {}

  static VoiceRecord of(long seed, List<ScheduledSession> sessions) {
    List<Contribution> contributions = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    List<Feedback> feedback = new ArrayList<>();
    Instant now = Scenario.REFERENCE_INSTANT;
    Duration period = FeedbackPolicy.DEFAULT_PERIOD;
    boolean leftOverdue = false;
    for (int i = 0; i < sessions.size(); i++) {
      ScheduledSession s = sessions.get(i);
      Instant end = s.plan().end();
      if (contributions.size() >= MAX_CONTRIBUTIONS) {
        break;
      }
      if (s.fault() != null || end.isAfter(now)) {
        continue;
      }
      SplittableRandom r = Randoms.of(seed, Randoms.VOICE, i);
      List<Contribution> here = new ArrayList<>();
      List<Contribution> forgotten = new ArrayList<>();
      int k = 0;
      for (Person p : s.plan().youngPeople()) {
        if (!Randoms.chance(r, 0.6)) {
          continue;
        }
        Contribution c = Contribution.inSessionOf(ContributionId.parse("c-" + s.id().value() + "-" + (++k)),
            KINDS[r.nextInt(KINDS.length)], p.id(), s.id(), s.forum(), end,
            Randoms.chance(r, 0.8) ? Attribution.ANONYMOUS : Attribution.CHOSEN_NAME);
        contributions.add(c);
        if (!leftOverdue && end.plus(period).plus(Duration.ofDays(2)).isBefore(now)) {
          leftOverdue = true;
          forgotten.add(c);
        } else {
          here.add(c);
        }
      }
      Decision decision = null;
      if (!here.isEmpty() && Randoms.chance(r, 0.7)) {
        Instant at = end.plus(Duration.ofDays(7 + r.nextInt(34)));
        if (at.isBefore(now)) {
          int cited = Math.max(1, (here.size() * 6 + 9) / 10);
          decision = Decision.of(DecisionId.parse("d-" + s.id().value()), DecisionMaker.forum(s.forum()), at,
              OUTCOMES[r.nextInt(OUTCOMES.length)], Randoms.pick(r, REASONS),
              here.subList(0, cited).stream().map(Contribution::id).toList());
          decisions.add(decision);
        }
      }
      for (Contribution c : here) {
        if (decision != null && decision.cites(c.id())) {
          Instant at = decision.at().plus(Duration.ofDays(1 + r.nextInt(14)));
          if (Randoms.chance(r, 0.8) && at.isBefore(now)) {
            feedback.add(Feedback.reporting(c.id(), at, decision.id(), Randoms.pick(r, REPORTS)));
          }
        } else if (Randoms.chance(r, 0.4)) {
          Instant at = end.plus(Duration.ofDays(2 + r.nextInt(19)));
          if (at.isBefore(now)) {
            feedback.add(Feedback.of(c.id(), at, Randoms.pick(r, THANKS)));
          }
        }
      }
    }
    return VoiceRecord.empty().withAll(contributions, decisions, feedback);
  }
}
