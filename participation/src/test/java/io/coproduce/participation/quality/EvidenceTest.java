package io.coproduce.participation.quality;

import static io.coproduce.participation.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.session.SessionId;
import io.coproduce.participation.voice.ContributionId;
import io.coproduce.participation.voice.DecisionId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  @Test
  void sortsIdsDropsRepeatsAndOrdersCountsByName() {
    Evidence e = new Evidence(List.of(SessionId.parse("s-2"), SessionId.parse("s-1"), SessionId.parse("s-2")),
        List.of(ForumId.parse("f-b"), ForumId.parse("f-a")),
        List.of(ContributionId.parse("c-9"), ContributionId.parse("c-1")),
        List.of(DecisionId.parse("d-2"), DecisionId.parse("d-1"), DecisionId.parse("d-1")),
        Map.of(Evidence.SESSIONS_HELD, 2, Evidence.CITED, 0));
    assertThat(e.sessions()).extracting(Object::toString).containsExactly("s-1", "s-2");
    assertThat(e.forums()).extracting(Object::toString).containsExactly("f-a", "f-b");
    assertThat(e.contributions()).extracting(Object::toString).containsExactly("c-1", "c-9");
    assertThat(e.decisions()).extracting(Object::toString).containsExactly("d-1", "d-2");
    assertThat(e.counts().keySet()).containsExactly(Evidence.CITED, Evidence.SESSIONS_HELD);
    assertThatThrownBy(() -> e.sessions().add(SessionId.parse("s-3"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void acceptsAZeroCountAndRefusesANegativeOne() {
    assertThat(Evidence.ofCounts(Map.of(Evidence.CITED, 0)).counts()).containsEntry(Evidence.CITED, 0);
    var e = rejectionOf(() -> Evidence.ofCounts(Map.of(Evidence.CITED, -1)));
    assertThat(e.field()).isEqualTo("evidence.counts");
    assertThat(e.getMessage()).contains(Evidence.CITED);
  }

  @Test
  void countsOnlyHasNoIds() {
    Evidence e = Evidence.ofCounts(Map.of());
    assertThat(e.sessions()).isEmpty();
    assertThat(e.forums()).isEmpty();
    assertThat(e.contributions()).isEmpty();
    assertThat(e.decisions()).isEmpty();
    assertThat(e.counts()).isEmpty();
  }
}
