package io.coproduce.consent.ledger;

import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.event.ConsentEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One young person's records as the ledger held them when asked: consent events and capacity
 * assessments, each in the order recorded (which is also time order, since the ledger refuses a
 * record older than the young person's latest). Immutable and thread-safe: an append replaces
 * the ledger's whole value for that person, so a history never changes once handed out.
 */
public final class ConsentHistory {

  static final ConsentHistory EMPTY = new ConsentHistory(new ConsentEvent[0], new CapacityAssessment[0], Instant.MIN);

  final ConsentEvent[] events;
  final CapacityAssessment[] assessments;
  final Instant latest;

  private ConsentHistory(ConsentEvent[] events, CapacityAssessment[] assessments, Instant latest) {
    this.events = events;
    this.assessments = assessments;
    this.latest = latest;
  }

  ConsentHistory with(ConsentEvent e) {
    ConsentEvent[] more = Arrays.copyOf(events, events.length + 1);
    more[events.length] = e;
    return new ConsentHistory(more, assessments, e.recordedAt());
  }

  ConsentHistory with(CapacityAssessment a) {
    CapacityAssessment[] more = Arrays.copyOf(assessments, assessments.length + 1);
    more[assessments.length] = a;
    return new ConsentHistory(events, more, a.assessedAt());
  }

  /** Returns the number of consent events. */
  public int eventCount() {
    return events.length;
  }

  /** Returns the consent event at {@code index} (0 for the first recorded). */
  public ConsentEvent event(int index) {
    return events[index];
  }

  /** Returns the number of capacity assessments. */
  public int assessmentCount() {
    return assessments.length;
  }

  /** Returns the capacity assessment at {@code index} (0 for the first made). */
  public CapacityAssessment assessment(int index) {
    return assessments[index];
  }

  /** Returns every consent event, in the order recorded. */
  public List<ConsentEvent> events() {
    return eventList();
  }

  /** Returns every capacity assessment, in the order made. */
  public List<CapacityAssessment> assessments() {
    return assessmentList();
  }

  List<ConsentEvent> eventList() {
    return Collections.unmodifiableList(Arrays.asList(events));
  }

  List<CapacityAssessment> assessmentList() {
    return Collections.unmodifiableList(Arrays.asList(assessments));
  }

  /** Returns how many events were recorded at or before {@code at}: those are the history as it stood then. */
  public int eventsUpTo(Instant at) {
    java.util.Objects.requireNonNull(at, "at");
    int lo = 0;
    int hi = events.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (events[mid].recordedAt().isAfter(at)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
