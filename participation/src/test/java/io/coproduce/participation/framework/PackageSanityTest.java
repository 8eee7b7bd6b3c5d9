package io.coproduce.participation.framework;

import static io.coproduce.participation.framework.FrameworkFixtures.D1;
import static io.coproduce.participation.framework.FrameworkFixtures.Q1;

import com.google.common.testing.NullPointerTester;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.process.ProcessId;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Null checks across the package. Ids and texts are outside input, so a null one is reported as
 * an {@link io.coproduce.core.error.InvalidInputException} (covered by each type's test), and the
 * factories and constructors taking them are left out here; the nullable components of {@link Answer} (who answered a computed answer, the basis of
 * a declared one) are covered by {@link AnswerTest}.
 */
class PackageSanityTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(FrameworkId.class, FrameworkId.parse("f"))
      .setDefault(ElementId.class, FrameworkFixtures.E1)
      .setDefault(QuestionId.class, Q1)
      .setDefault(ScaleId.class, ScaleId.parse("npm"))
      .setDefault(LevelId.class, LevelId.parse("met"))
      .setDefault(String.class, "text")
      .setDefault(LocalDate.class, D1)
      .setDefault(PersonId.class, FrameworkFixtures.LEAD)
      .setDefault(OrganisationId.class, OrganisationId.parse("org-1"))
      .setDefault(ForumId.class, ForumId.parse("yag"))
      .setDefault(ProcessId.class, ProcessId.parse("proc-1"))
      .setDefault(Reason.class, FrameworkFixtures.FACTS)
      .setDefault(RuleSource.class, FrameworkFixtures.SOURCE)
      .setDefault(Framework.class, FrameworkFixtures.SMALL)
      .setDefault(AssessmentSubject.class, FrameworkFixtures.YAG)
      .setDefault(Score.class, new Score(1, 2, 1, 1))
      .setDefault(InputStream.class, new ByteArrayInputStream(new byte[0]))
      .setDefault(List.class, List.of());

  @Test
  void staticFactoriesRejectNull() {
    tester.testAllPublicStaticMethods(Frameworks.class);
    tester.testAllPublicStaticMethods(Answer.class);
    tester.testAllPublicStaticMethods(AssessmentSubject.class);
    tester.testAllPublicStaticMethods(Assessment.class);
  }

  @Test
  void instanceMethodsRejectNull() {
    Assessment a = FrameworkFixtures.assessment(FrameworkFixtures.declared(Q1, "met", D1));
    tester.testAllPublicInstanceMethods(a);
    tester.testAllPublicInstanceMethods(a.result(D1));
    tester.testAllPublicInstanceMethods(FrameworkFixtures.SMALL);
    tester.testAllPublicInstanceMethods(FrameworkFixtures.MET);
    tester.testAllPublicInstanceMethods(new Score(1, 2, 1, 1));
    tester.testAllPublicInstanceMethods(FrameworkFixtures.computed(Q1, "met", D1));
  }

  @Test
  void constructorsRejectNull() {
    tester.testAllPublicConstructors(ElementScore.class);
    tester.testAllPublicConstructors(AssessmentResult.class);
    tester.testAllPublicConstructors(ScoringScale.class);
  }
}
