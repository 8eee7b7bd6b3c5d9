package io.coproduce.reporting.aggregate;

import io.coproduce.core.person.EqualityMonitoring;
import java.util.function.Function;

/**
 * What an aggregation can group events by. Each equality-monitoring question is its own dimension,
 * whose values are the {@link io.coproduce.core.person.Response responses} themselves, so "prefer
 * not to say" and "not asked" are groups of their own.
 */
public enum Dimension {
  /** The organisation running the activity ({@link io.coproduce.core.id.OrganisationId}). */
  ORGANISATION,
  /** The layer ({@link io.coproduce.participation.layer.Layer}). */
  LAYER,
  /** The forum ({@link io.coproduce.participation.forum.ForumId}), or {@link NotRecorded#NOT_RECORDED}. */
  FORUM,
  /** The process ({@link io.coproduce.participation.process.ProcessId}), or {@link NotRecorded#NOT_RECORDED}. */
  PROCESS,
  /** The person's age band on the date ({@link io.coproduce.core.age.AgeBand}). */
  AGE_BAND,
  /** The person's jurisdiction ({@link io.coproduce.core.jurisdiction.Jurisdiction}). */
  JURISDICTION,
  /** The {@link Period} of the date, in the grouping's {@link PeriodUnit}. */
  PERIOD,
  /** Ethnic group. */
  ETHNICITY(EqualityMonitoring::ethnicity),
  /** Gender. */
  GENDER(EqualityMonitoring::gender),
  /** Disability. */
  DISABILITY(EqualityMonitoring::disability),
  /** Sexual orientation. */
  SEXUAL_ORIENTATION(EqualityMonitoring::sexualOrientation),
  /** Care experience. */
  CARE_EXPERIENCED(EqualityMonitoring::careExperienced),
  /** Being a young carer. */
  YOUNG_CARER(EqualityMonitoring::youngCarer),
  /** Special educational needs. */
  SPECIAL_EDUCATIONAL_NEEDS(EqualityMonitoring::specialEducationalNeeds),
  /** Free-school-meals eligibility. */
  FREE_SCHOOL_MEALS(EqualityMonitoring::freeSchoolMeals),
  /** Home-area deprivation decile. */
  DEPRIVATION_DECILE(EqualityMonitoring::deprivationDecile);

  /** The value of {@link #FORUM} or {@link #PROCESS} for an event that has none. */
  public enum NotRecorded {
    /** No forum or process was recorded for the event. */
    NOT_RECORDED;

    /** Returns {@code "not recorded"}. */
    @Override
    public String toString() {
      return "not recorded";
    }
  }

  private final Function<EqualityMonitoring, Object> question;

  Dimension() {
    this.question = null;
  }

  Dimension(Function<EqualityMonitoring, Object> question) {
    this.question = question;
  }

  /** Returns whether this dimension is an equality-monitoring question. */
  public boolean isMonitoring() {
    return question != null;
  }

  /**
   * Returns this dimension's value for {@code event}; {@code unit} is used by {@link #PERIOD} only
   * (and may be {@code null} for the others).
   */
  public Object valueOf(ActivityEvent event, PeriodUnit unit) {
    return switch (this) {
      case ORGANISATION -> event.organisation();
      case LAYER -> event.layer();
      case FORUM -> event.forum() == null ? NotRecorded.NOT_RECORDED : event.forum();
      case PROCESS -> event.process() == null ? NotRecorded.NOT_RECORDED : event.process();
      case AGE_BAND -> event.ageBand();
      case JURISDICTION -> event.jurisdiction();
      case PERIOD -> Period.of(unit, event.date());
      default -> question.apply(event.monitoring());
    };
  }
}
