package io.coproduce.participation.workmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RegionTest {

  private static final Set<Region> ENGLISH = EnumSet.range(Region.NORTH_EAST, Region.SOUTH_WEST);

  @Test
  void thereAreNineEnglishRegionsAndTwelveAreas() {
    assertThat(Arrays.stream(Region.values()).filter(Region::isEnglishRegion)).hasSize(9);
    assertThat(Arrays.stream(Region.values()).filter(Region::isArea)).hasSize(12)
        .contains(Region.WALES, Region.SCOTLAND, Region.NORTHERN_IRELAND)
        .doesNotContain(Region.ENGLAND, Region.UK_WIDE);
    assertThat(Region.WALES.isEnglishRegion()).isFalse();
    assertThat(Region.ENGLAND.isEnglishRegion()).isFalse();
  }

  @Test
  void anAreaCoversItselfEnglandTheEnglishRegionsAndTheUkEveryArea() {
    assertThat(Region.LONDON.areas()).containsExactly(Region.LONDON);
    assertThat(Region.WALES.areas()).containsExactly(Region.WALES);
    assertThat(Region.ENGLAND.areas()).containsExactlyElementsOf(ENGLISH);
    assertThat(Region.UK_WIDE.areas()).hasSize(12).containsAll(ENGLISH)
        .contains(Region.WALES, Region.SCOTLAND, Region.NORTHERN_IRELAND);
    for (Region region : Region.values()) {
      assertThat(region.areas()).allMatch(Region::isArea);
    }
  }

  @ParameterizedTest(name = "{0} meets {1}: {2}")
  @CsvSource({
      "LONDON, LONDON, true",
      "LONDON, SOUTH_EAST, false",
      "ENGLAND, LONDON, true",
      "LONDON, ENGLAND, true",
      "ENGLAND, WALES, false",
      "ENGLAND, SCOTLAND, false",
      "UK_WIDE, SCOTLAND, true",
      "NORTHERN_IRELAND, UK_WIDE, true",
      "ENGLAND, UK_WIDE, true",
      "WALES, SCOTLAND, false",
  })
  void regionsMeetWhenTheyShareAnArea(Region a, Region b, boolean meets) {
    assertThat(a.meets(b)).isEqualTo(meets);
    assertThat(b.meets(a)).isEqualTo(meets);
  }

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({
      "LONDON, LONDON, true",
      "ENGLAND, LONDON, true",
      "LONDON, ENGLAND, false",
      "UK_WIDE, ENGLAND, true",
      "ENGLAND, UK_WIDE, false",
      "UK_WIDE, WALES, true",
      "ENGLAND, WALES, false",
      "WALES, WALES, true",
  })
  void aRegionCoversAnotherWhenItHasAllItsAreas(Region a, Region b, boolean covers) {
    assertThat(a.covers(b)).isEqualTo(covers);
  }

  @Test
  void areasOfSeveralRegionsIsTheirUnionInDeclarationOrder() {
    assertThat(Region.areasOf(List.of(Region.WALES, Region.LONDON, Region.LONDON)))
        .containsExactly(Region.LONDON, Region.WALES);
    assertThat(Region.areasOf(List.of(Region.ENGLAND, Region.UK_WIDE))).hasSize(12);
    assertThat(Region.areasOf(List.of())).isEmpty();
  }

  static Stream<Arguments> descriptions() {
    return Stream.of(
        Arguments.of(Region.UK_WIDE.areas(), "UK-wide"),
        Arguments.of(ENGLISH, "England"),
        Arguments.of(Region.areasOf(List.of(Region.ENGLAND, Region.WALES)), "England, Wales"),
        Arguments.of(Set.of(Region.WALES, Region.LONDON), "London, Wales"),
        Arguments.of(Set.of(Region.SCOTLAND), "Scotland"));
  }

  @ParameterizedTest
  @MethodSource("descriptions")
  void describesAreasBriefly(Set<Region> areas, String text) {
    assertThat(Region.describe(areas)).isEqualTo(text);
  }

  @Test
  void labelsAreDistinct() {
    assertThat(Arrays.stream(Region.values()).map(Region::label)).doesNotHaveDuplicates();
    assertThat(Region.YORKSHIRE_AND_THE_HUMBER.label()).isEqualTo("Yorkshire and the Humber");
    assertThat(Region.UK_WIDE.label()).isEqualTo("UK-wide");
  }
}
