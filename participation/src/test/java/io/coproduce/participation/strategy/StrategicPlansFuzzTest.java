package io.coproduce.participation.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coproduce.core.error.InvalidInputException;
import java.io.ByteArrayInputStream;

/**
 * Any bytes given to {@link StrategicPlans#read} give a plan or the documented {@link
 * InvalidInputException} naming a path under {@code strategicPlan} (never another exception), and
 * an accepted plan keeps its own rules. In the normal build this replays the inputs under {@code
 * src/test/resources/io/coproduce/participation/strategy/StrategicPlansFuzzTestInputs/}; set
 * {@code JAZZER_FUZZ=1} to fuzz.
 */
class StrategicPlansFuzzTest {

  @FuzzTest
  void anyBytesReadToAPlanOrAreRefused(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    StrategicPlan plan;
    try {
      plan = StrategicPlans.read(new ByteArrayInputStream(bytes));
    } catch (InvalidInputException e) {
      assertThat(e.field()).startsWith("strategicPlan");
      return;
    }
    assertThat(plan.aims()).isNotEmpty();
    for (Aim aim : plan.aims()) {
      assertThat(aim.objectives()).isNotEmpty();
      aim.objectives().forEach(o -> assertThat(plan.aimOf(o.id())).contains(aim));
      aim.indicators().forEach(i -> assertThat(plan.aimOf(i.id())).contains(aim));
    }
    assertThat(StrategicPlans.read(new ByteArrayInputStream(bytes))).isEqualTo(plan);
  }
}
