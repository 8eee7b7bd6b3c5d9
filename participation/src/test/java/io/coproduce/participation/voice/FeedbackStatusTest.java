package io.coproduce.participation.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedbackStatusTest {

  @ParameterizedTest
  @CsvSource({"NOT_YET_DUE,false", "DELIVERED_ON_TIME,true", "DELIVERED_LATE,true", "OVERDUE,false"})
  void saysWhetherFeedbackWasDelivered(FeedbackStatus status, boolean delivered) {
    assertThat(status.isDelivered()).isEqualTo(delivered);
  }
}
