package io.coproduce.participation.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitiatorTest {

  @Test
  void onlyYoungPeopleCountAsYoungPeople() {
    assertThat(Initiator.YOUNG_PEOPLE.isYoungPeople()).isTrue();
    assertThat(Initiator.ADULTS.isYoungPeople()).isFalse();
    assertThat(Initiator.UNKNOWN.isYoungPeople()).as("the protective reading").isFalse();
  }

  @Test
  void labelsReadAsWords() {
    assertThat(Initiator.YOUNG_PEOPLE.label()).isEqualTo("young people");
    assertThat(Initiator.ADULTS.label()).isEqualTo("adults or an organisation");
    assertThat(Initiator.UNKNOWN.label()).isEqualTo("not recorded");
  }
}
