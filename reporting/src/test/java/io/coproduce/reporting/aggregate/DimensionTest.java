package io.coproduce.reporting.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.EqualityMonitoring;
import io.coproduce.core.person.Ethnicity;
import io.coproduce.core.person.Gender;
import io.coproduce.core.person.Response;
import io.coproduce.core.person.SexualOrientation;
import io.coproduce.core.person.SpecialEducationalNeeds;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.process.ProcessId;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DimensionTest {

  @Test
  void readsEachDimensionFromTheEvent() {
    EqualityMonitoring answers = EqualityMonitoring.none()
        .withEthnicity(Response.answered(Ethnicity.values()[0]))
        .withGender(Response.preferNotToSay())
        .withDisability(Response.answered(true))
        .withSexualOrientation(Response.answered(SexualOrientation.values()[0]))
        .withCareExperienced(Response.answered(false))
        .withYoungCarer(Response.preferNotToSay())
        .withSpecialEducationalNeeds(Response.answered(SpecialEducationalNeeds.values()[0]))
        .withFreeSchoolMeals(Response.answered(true))
        .withDeprivationDecile(Response.answered(3));
    ActivityEvent e = new ActivityEvent(PersonId.parse("p1"), OrganisationId.parse("o1"), Layer.REGION,
        ForumId.parse("f1"), ProcessId.parse("pr1"), LocalDate.of(2026, 5, 6), ActivityKind.CONTRIBUTED,
        AgeBand.AGE_13_TO_15, Jurisdiction.WALES, answers);
    assertThat(Dimension.ORGANISATION.valueOf(e, null)).isEqualTo(OrganisationId.parse("o1"));
    assertThat(Dimension.LAYER.valueOf(e, null)).isEqualTo(Layer.REGION);
    assertThat(Dimension.FORUM.valueOf(e, null)).isEqualTo(ForumId.parse("f1"));
    assertThat(Dimension.PROCESS.valueOf(e, null)).isEqualTo(ProcessId.parse("pr1"));
    assertThat(Dimension.AGE_BAND.valueOf(e, null)).isEqualTo(AgeBand.AGE_13_TO_15);
    assertThat(Dimension.JURISDICTION.valueOf(e, null)).isEqualTo(Jurisdiction.WALES);
    assertThat(Dimension.PERIOD.valueOf(e, PeriodUnit.QUARTER)).isEqualTo(Period.parse("2026-Q2"));
    assertThat(Dimension.ETHNICITY.valueOf(e, null)).isEqualTo(Response.answered(Ethnicity.values()[0]));
    assertThat(Dimension.GENDER.valueOf(e, null)).isEqualTo(Response.<Gender>preferNotToSay());
    assertThat(Dimension.DISABILITY.valueOf(e, null)).isEqualTo(Response.answered(true));
    assertThat(Dimension.SEXUAL_ORIENTATION.valueOf(e, null))
        .isEqualTo(Response.answered(SexualOrientation.values()[0]));
    assertThat(Dimension.CARE_EXPERIENCED.valueOf(e, null)).isEqualTo(Response.answered(false));
    assertThat(Dimension.YOUNG_CARER.valueOf(e, null)).isEqualTo(Response.preferNotToSay());
    assertThat(Dimension.SPECIAL_EDUCATIONAL_NEEDS.valueOf(e, null))
        .isEqualTo(Response.answered(SpecialEducationalNeeds.values()[0]));
    assertThat(Dimension.FREE_SCHOOL_MEALS.valueOf(e, null)).isEqualTo(Response.answered(true));
    assertThat(Dimension.DEPRIVATION_DECILE.valueOf(e, null)).isEqualTo(Response.answered(3));
    assertThat(e.forumId()).contains(ForumId.parse("f1"));
    assertThat(e.processId()).contains(ProcessId.parse("pr1"));
  }

  @Test
  void anEventWithoutForumOrProcessIsGroupedAsNotRecorded() {
    ActivityEvent e = Events.decode(0);
    assertThat(Dimension.FORUM.valueOf(e, null)).isEqualTo(Dimension.NotRecorded.NOT_RECORDED);
    assertThat(Dimension.PROCESS.valueOf(e, null)).isEqualTo(Dimension.NotRecorded.NOT_RECORDED);
    assertThat(Dimension.NotRecorded.NOT_RECORDED).hasToString("not recorded");
    assertThat(e.forumId()).isEmpty();
    assertThat(e.processId()).isEmpty();
  }

  @Test
  void nineMonitoringQuestionsAreDimensions() {
    EnumSet<Dimension> monitoring = EnumSet.noneOf(Dimension.class);
    for (Dimension d : Dimension.values()) {
      if (d.isMonitoring()) {
        monitoring.add(d);
      }
    }
    assertThat(monitoring).hasSize(9).doesNotContain(Dimension.AGE_BAND, Dimension.PERIOD);
  }
}
