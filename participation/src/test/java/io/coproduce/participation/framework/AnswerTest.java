package io.coproduce.participation.framework;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.framework.FrameworkFixtures.CHAIR;
import static io.coproduce.participation.framework.FrameworkFixtures.D1;
import static io.coproduce.participation.framework.FrameworkFixtures.D2;
import static io.coproduce.participation.framework.FrameworkFixtures.FACTS;
import static io.coproduce.participation.framework.FrameworkFixtures.LEAD;
import static io.coproduce.participation.framework.FrameworkFixtures.Q1;
import static io.coproduce.participation.framework.FrameworkFixtures.Q2;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTest {

  static final LevelId MET = LevelId.parse("met");
  static final LevelId PARTLY = LevelId.parse("partly-met");
  static final Evidence MINUTES = Evidence.described("Board minutes, March");
  static final Evidence LOG = Evidence.reference("feedback-log-7");

  @Test
  void aDeclaredAnswerNamesWhoDeclaredIt() {
    Answer a = Answer.declared(Q1, MET, D1, LEAD, List.of(MINUTES));
    assertThat(a.provenance()).isEqualTo(Provenance.DECLARED);
    assertThat(a.answeredBy()).isEqualTo(LEAD);
    assertThat(a.basis()).isNull();
    assertThat(a.evidence()).containsExactly(MINUTES);
  }

  @Test
  void aComputedAnswerSaysWhyAndMayNameWhoAskedForIt() {
    Answer a = Answer.computed(Q1, PARTLY, D1, FACTS, List.of(LOG));
    assertThat(a.provenance()).isEqualTo(Provenance.COMPUTED);
    assertThat(a.answeredBy()).isNull();
    assertThat(a.basis()).isEqualTo(FACTS);
    assertThat(a.by(CHAIR).answeredBy()).isEqualTo(CHAIR);
    assertThat(a.by(CHAIR).basis()).isEqualTo(FACTS);
  }

  @Test
  void refusesADeclaredAnswerWithoutAPersonOrWithABasis() {
    InvalidInputException noOne = rejectionOf(() -> new Answer(Q1, MET, Provenance.DECLARED, D1, null, List.of(), null));
    assertThat(noOne.field()).isEqualTo("answer.answeredBy");
    assertThat(noOne.rule()).isEqualTo("must name the person who declared the answer");
    InvalidInputException basis = rejectionOf(() -> new Answer(Q1, MET, Provenance.DECLARED, D1, LEAD, List.of(), FACTS));
    assertThat(basis.field()).isEqualTo("answer.basis");
    assertThat(basis.offendingValue()).contains("quality.test");
  }

  @Test
  void refusesAComputedAnswerThatDoesNotSayWhy() {
    InvalidInputException e = rejectionOf(() -> new Answer(Q1, MET, Provenance.COMPUTED, D1, LEAD, List.of(), null));
    assertThat(e.field()).isEqualTo("answer.basis");
    assertThat(e.rule()).isEqualTo("must say why the library computed this answer");
  }

  @Test
  void keepsEvidenceInAStableOrderWithoutDuplicates() {
    List<Evidence> given = new ArrayList<>(List.of(LOG, MINUTES, LOG));
    Answer a = Answer.declared(Q1, MET, D1, LEAD, given);
    Collections.reverse(given);
    assertThat(a.evidence()).containsExactly(MINUTES, LOG);
    assertThat(Answer.declared(Q1, MET, D1, LEAD, List.of(MINUTES, LOG))).isEqualTo(a);
  }

  @Test
  void theOrderIsTotalAndConsistentWithEquals() {
    Reason other = Reason.of("quality.other", "Computed otherwise", RuleSource.libraryDefault("test rule"));
    List<Answer> ascending = List.of(
        Answer.declared(Q1, MET, D1, CHAIR, List.of()),
        Answer.declared(Q1, MET, D1, CHAIR, List.of(MINUTES)),
        Answer.declared(Q1, MET, D1, CHAIR, List.of(MINUTES, LOG)),
        Answer.declared(Q1, MET, D1, CHAIR, List.of(LOG)),
        Answer.declared(Q1, MET, D1, LEAD, List.of()),
        Answer.declared(Q1, PARTLY, D1, CHAIR, List.of()),
        Answer.declared(Q1, MET, D2, CHAIR, List.of()),
        Answer.computed(Q1, MET, D1, other, List.of()),
        Answer.computed(Q1, MET, D1, FACTS, List.of()),
        Answer.computed(Q1, MET, D1, FACTS, List.of()).by(CHAIR),
        Answer.declared(Q2, MET, D1, CHAIR, List.of()));
    for (int i = 0; i < ascending.size(); i++) {
      for (int j = 0; j < ascending.size(); j++) {
        assertThat(Integer.signum(Answer.ORDER.compare(ascending.get(i), ascending.get(j))))
            .as("%s vs %s", i, j).isEqualTo(Integer.compare(i, j));
      }
    }
    Reason sameRuleOtherText = Reason.of("quality.test", "Computed differently", RuleSource.libraryDefault("test rule"));
    Reason sameTextOtherSource = Reason.of("quality.test", "Computed from the voice record", RuleSource.guidance("test rule"));
    Reason sameKindOtherCitation = Reason.of("quality.test", "Computed from the voice record", RuleSource.libraryDefault("z rule"));
    for (Reason r : List.of(sameRuleOtherText, sameTextOtherSource, sameKindOtherCitation)) {
      assertThat(Answer.ORDER.compare(Answer.computed(Q1, MET, D1, FACTS, List.of()),
          Answer.computed(Q1, MET, D1, r, List.of()))).as(r.toString()).isNotZero();
    }
  }

  @Test
  void equalWhenEveryPartIsEqual() {
    new EqualsTester()
        .addEqualityGroup(Answer.declared(Q1, MET, D1, LEAD, List.of()), Answer.declared(Q1, MET, D1, LEAD, List.of()))
        .addEqualityGroup(Answer.declared(Q1, MET, D1, CHAIR, List.of()))
        .addEqualityGroup(Answer.declared(Q1, MET, D2, LEAD, List.of()))
        .addEqualityGroup(Answer.computed(Q1, MET, D1, FACTS, List.of()))
        .testEquals();
  }
}
