package io.coproduce.participation.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.rule.RuleSource;
import org.junit.jupiter.api.Test;

class ForumSourcesTest {

  @Test
  void representationCitesLundyTheConventionAndNhsEngland() {
    assertThat(ForumSources.REPRESENTATION.kind()).isEqualTo(RuleSource.Kind.GUIDANCE);
    assertThat(ForumSources.REPRESENTATION.citation())
        .contains("Lundy", "2007", "audience", "Art 12", "NHS England",
            "Working in partnership with people and communities", "2022");
  }

  @Test
  void voiceReachCitesLundy() {
    assertThat(ForumSources.VOICE_REACH.citation()).contains("Lundy", "audience", "influence");
  }

  @Test
  void whoIsAYoungPersonIsTheLibrarysProtectiveReading() {
    assertThat(ForumSources.YOUNG_PERSON.kind()).isEqualTo(RuleSource.Kind.LIBRARY_DEFAULT);
    assertThat(ForumSources.YOUNG_PERSON.citation()).contains("0 to 25", "not counted");
  }
}
