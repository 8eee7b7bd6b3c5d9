package io.coproduce.consent.ledger;

import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.event.ConsentEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One young person's records in the ledger's index, in the order recorded (which is also
 * time order, since the ledger refuses a record older than the subject's latest). Immutable:
 * an append replaces the whole value, so readers never see a half-made change.
 */
final class SubjectRecords {

  static final SubjectRecords EMPTY = new SubjectRecords(new ConsentEvent[0], new CapacityAssessment[0], Instant.MIN);

  final ConsentEvent[] events;
  final CapacityAssessment[] assessments;
  final Instant latest;

  private SubjectRecords(ConsentEvent[] events, CapacityAssessment[] assessments, Instant latest) {
    this.events = events;
    this.assessments = assessments;
    this.latest = latest;
  }

  SubjectRecords with(ConsentEvent e) {
    ConsentEvent[] more = Arrays.copyOf(events, events.length + 1);
    more[events.length] = e;
    return new SubjectRecords(more, assessments, e.recordedAt());
  }

  SubjectRecords with(CapacityAssessment a) {
    CapacityAssessment[] more = Arrays.copyOf(assessments, assessments.length + 1);
    more[assessments.length] = a;
    return new SubjectRecords(events, more, a.assessedAt());
  }

  List<ConsentEvent> eventList() {
    return Collections.unmodifiableList(Arrays.asList(events));
  }

  List<CapacityAssessment> assessmentList() {
    return Collections.unmodifiableList(Arrays.asList(assessments));
  }

  /** How many events were recorded at or before {@code at}. */
  int eventsUpTo(Instant at) {
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
