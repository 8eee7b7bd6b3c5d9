package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.process.ProcessId;
import org.junit.jupiter.api.Test;

class AssessmentSubjectTest {

  @Test
  void namesAnOrganisationForumOrProcessById() {
    assertThat(AssessmentSubject.organisation(OrganisationId.parse("org-1")))
        .isEqualTo(new AssessmentSubject(AssessmentSubject.Kind.ORGANISATION, "org-1"));
    assertThat(AssessmentSubject.forum(ForumId.parse("yag")).kind()).isEqualTo(AssessmentSubject.Kind.FORUM);
    assertThat(AssessmentSubject.process(ProcessId.parse("proc-1")).id()).isEqualTo("proc-1");
    assertThat(AssessmentSubject.process(ProcessId.parse("proc-1")).toString()).isEqualTo("process proc-1");
  }

  @Test
  void refusesAnIdThatIsNotOne() {
    var e = rejectionOf(() -> new AssessmentSubject(AssessmentSubject.Kind.FORUM, "our youth group"));
    assertThat(e.field()).isEqualTo("assessmentSubject.id");
    assertThat(e.getMessage()).doesNotContain("youth");
  }
}
