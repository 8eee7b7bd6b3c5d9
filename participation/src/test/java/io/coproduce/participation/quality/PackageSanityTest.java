package io.coproduce.participation.quality;

import static io.coproduce.participation.quality.QualityWorld.AT;
import static io.coproduce.participation.quality.QualityWorld.EARLY;
import static io.coproduce.participation.quality.QualityWorld.YAG;
import static io.coproduce.participation.quality.QualityWorld.YP1;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.person.Person;
import io.coproduce.core.rule.Reason;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.forum.ForumNetwork;
import io.coproduce.participation.process.CoproductionProcess;
import io.coproduce.participation.safeguarding.SessionCheck;
import io.coproduce.participation.session.SessionPlan;
import io.coproduce.participation.voice.VoiceRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Null checks for the package's public API, and the equality contracts of its values. */
class PackageSanityTest {

  private static final SessionPlan PLAN = QualityWorld.plan("s-1", EARLY, List.of(YP1), List.of(QualityWorld.staff("st-a")));
  private static final QualityScope SCOPE = QualityScope.ofProcess(QualityWorld.process(), List.of());
  private static final Declaration DECLARATION = Declaration.of(LundyElement.SPACE, ElementStatus.MET,
      EvidenceId.parse("doc-1"), PersonId.parse("st-lead"), EARLY);

  private static NullPointerTester tester() {
    QualityFacts facts = QualityFacts.builder(SCOPE, AT).build();
    return new NullPointerTester()
        .setDefault(QualityScope.class, SCOPE)
        .setDefault(CoproductionProcess.class, QualityWorld.process())
        .setDefault(Instant.class, AT)
        .setDefault(SessionPlan.class, PLAN)
        .setDefault(SessionCheck.class, QualityWorld.clear(PLAN))
        .setDefault(HeldSession.class, HeldSession.unchecked(PLAN))
        .setDefault(QualityFacts.class, facts)
        .setDefault(Person.class, YP1)
        .setDefault(PersonId.class, YP1.id())
        .setDefault(ForumId.class, YAG)
        .setDefault(ForumNetwork.class, QualityWorld.network())
        .setDefault(VoiceRecord.class, VoiceRecord.empty())
        .setDefault(Declaration.class, DECLARATION)
        .setDefault(EvidenceId.class, EvidenceId.parse("doc-1"))
        .setDefault(Evidence.class, Evidence.ofCounts(Map.of()))
        .setDefault(String.class, "doc-1");
  }

  @Test
  void staticFactoriesRejectNulls() {
    NullPointerTester t = tester();
    // Ids refuse null text as invalid input (core's IdentifierSyntax), as every id in the library does.
    for (Class<?> type : List.of(Declaration.class, QualityScope.class, HeldSession.class,
        Evidence.class, QualityFacts.class, ParticipationQuality.class, HartRung.class, ShierLevel.class)) {
      t.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void constructorsRejectNulls() {
    NullPointerTester t = tester();
    for (Class<?> type : List.of(Declaration.class, Evidence.class, QualityFacts.class, LundyAssessment.class,
        ShierAssessment.class)) {
      t.testAllPublicConstructors(type);
    }
  }

  @Test
  void instanceMethodsRejectNulls() {
    NullPointerTester t = tester();
    QualityWorld w = new QualityWorld();
    w.held("s-1", EARLY, YP1);
    ParticipationQuality q = w.quality();
    t.testAllPublicInstanceMethods(q);
    t.testAllPublicInstanceMethods(q.lundy());
    t.testAllPublicInstanceMethods(q.shier());
    t.testAllPublicInstanceMethods(q.hart());
    t.testAllPublicInstanceMethods(q.facts());
    t.testAllPublicInstanceMethods(QualityFacts.builder(SCOPE, AT));
    t.testAllPublicInstanceMethods(SCOPE);
    t.testAllPublicInstanceMethods(HeldSession.unchecked(PLAN));
    t.testAllPublicInstanceMethods(ElementStatus.MET);
    t.testAllPublicInstanceMethods(HartRung.TOKENISM);
    t.testAllPublicInstanceMethods(ShierLevel.LISTENED_TO);
  }

  @Test
  void valuesAreEqualExactlyWhenTheirComponentsAre() {
    new EqualsTester()
        .addEqualityGroup(DECLARATION, Declaration.of(LundyElement.SPACE, ElementStatus.MET, EvidenceId.parse("doc-1"),
            PersonId.parse("st-lead"), EARLY))
        .addEqualityGroup(Declaration.of(LundyElement.VOICE, ElementStatus.MET, EvidenceId.parse("doc-1"),
            PersonId.parse("st-lead"), EARLY))
        .addEqualityGroup(Declaration.of(LundyElement.SPACE, ElementStatus.MET, EvidenceId.parse("doc-1"),
            PersonId.parse("st-lead"), AT))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(QualityScope.ofForum(YAG), new QualityScope(null, Set.of(YAG)))
        .addEqualityGroup(QualityScope.ofForum(QualityWorld.STEERING))
        .addEqualityGroup(SCOPE)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(HeldSession.unchecked(PLAN), HeldSession.unchecked(PLAN))
        .addEqualityGroup(HeldSession.checked(PLAN, QualityWorld.clear(PLAN)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Evidence.ofCounts(Map.of(Evidence.CITED, 1)), Evidence.ofCounts(Map.of(Evidence.CITED, 1)))
        .addEqualityGroup(Evidence.ofCounts(Map.of(Evidence.CITED, 2)))
        .testEquals();
    Reason r = Reason.of(QualityRules.LUNDY_SPACE, "x", QualityRules.LUNDY_SOURCE);
    new EqualsTester()
        .addEqualityGroup(ElementAssessment.combine(LundyElement.SPACE, null, DECLARATION, Evidence.ofCounts(Map.of()),
            List.of(r)), ElementAssessment.combine(LundyElement.SPACE, null, DECLARATION, Evidence.ofCounts(Map.of()),
            List.of(r)))
        .addEqualityGroup(ElementAssessment.combine(LundyElement.SPACE, null, null, Evidence.ofCounts(Map.of()),
            List.of(r)))
        .testEquals();
  }
}
