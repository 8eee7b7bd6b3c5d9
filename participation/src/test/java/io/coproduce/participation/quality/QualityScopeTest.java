package io.coproduce.participation.quality;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.quality.QualityWorld.STEERING;
import static io.coproduce.participation.quality.QualityWorld.YAG;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.participation.process.CoproductionProcess;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualityScopeTest {

  @Test
  void aProcessScopeHoldsItsForumsInIdOrder() {
    CoproductionProcess p = QualityWorld.process();
    QualityScope s = QualityScope.ofProcess(p, List.of(YAG, STEERING, YAG));
    assertThat(s.forums()).containsExactly(STEERING, YAG);
    assertThat(s.isProcess()).isTrue();
    assertThat(s.processScope()).contains(p);
    assertThat(s.includes(YAG)).isTrue();
    assertThat(s.includes(QualityWorld.OTHER)).isFalse();
    assertThat(s).hasToString("process proc-redesign");
    assertThat(QualityScope.ofProcess(p, List.of()).forums()).isEmpty();
  }

  @Test
  void aForumScopeIsAboutOneForum() {
    QualityScope s = QualityScope.ofForum(YAG);
    assertThat(s.forums()).containsExactly(YAG);
    assertThat(s.isProcess()).isFalse();
    assertThat(s.processScope()).isEmpty();
    assertThat(s.process()).isNull();
    assertThat(s).hasToString("forum forum-yag");
  }

  @Test
  void refusesAForumScopeWithoutExactlyOneForum() {
    assertThat(rejectionOf(() -> new QualityScope(null, Set.of())).field()).isEqualTo("qualityScope.forums");
    assertThat(rejectionOf(() -> new QualityScope(null, Set.of(YAG, STEERING))).field())
        .isEqualTo("qualityScope.forums");
  }

  @Test
  void equalWhateverTheOrderOfItsForums() {
    CoproductionProcess p = QualityWorld.process();
    assertThat(QualityScope.ofProcess(p, List.of(YAG, STEERING))).isEqualTo(QualityScope.ofProcess(p, List.of(STEERING, YAG)));
  }
}
