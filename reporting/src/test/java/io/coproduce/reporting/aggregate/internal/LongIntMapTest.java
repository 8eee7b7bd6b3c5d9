package io.coproduce.reporting.aggregate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

  @Test
  void givesDenseIndexesInOrderOfFirstInsertion() {
    LongIntMap map = new LongIntMap();
    Map<Long, Integer> reference = new HashMap<>();
    Random random = new Random(17);
    for (int i = 0; i < 20_000; i++) {
      long key = random.nextInt(5_000) * 0x1_0001L;
      int expected = reference.computeIfAbsent(key, k -> reference.size());
      assertThat(map.indexOf(key)).isEqualTo(expected);
    }
    assertThat(map.size()).isEqualTo(reference.size());
    reference.forEach((k, v) -> {
      assertThat(map.find(k)).isEqualTo(v);
      assertThat(map.keyAt(v)).isEqualTo(k);
    });
    assertThat(map.find(3L)).isEqualTo(-1);
    assertThat(map.find(0L)).isEqualTo(reference.getOrDefault(0L, -1));
  }
}
