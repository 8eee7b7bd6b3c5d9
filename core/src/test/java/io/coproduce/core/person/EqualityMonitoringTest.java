package io.coproduce.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.coproduce.core.error.InvalidInputException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EqualityMonitoringTest {

  @Test
  void nothingIsAskedByDefault() {
    EqualityMonitoring none = EqualityMonitoring.none();

    assertThat(none.ethnicity().kind()).isEqualTo(Response.Kind.NOT_ASKED);
    assertThat(none.deprivationDecile().answer()).isEmpty();
  }

  @Test
  void everyQuestionAcceptsPreferNotToSay() {
    EqualityMonitoring m = EqualityMonitoring.none()
        .withEthnicity(Response.preferNotToSay())
        .withGender(Response.preferNotToSay())
        .withDisability(Response.preferNotToSay())
        .withSexualOrientation(Response.preferNotToSay())
        .withCareExperienced(Response.preferNotToSay())
        .withYoungCarer(Response.preferNotToSay())
        .withSpecialEducationalNeeds(Response.preferNotToSay())
        .withFreeSchoolMeals(Response.preferNotToSay())
        .withDeprivationDecile(Response.preferNotToSay());

    assertThat(Arrays.stream(EqualityMonitoring.class.getRecordComponents()).map(c -> {
      try {
        return ((Response<?>) c.getAccessor().invoke(m)).kind();
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    })).containsOnly(Response.Kind.PREFER_NOT_TO_SAY).hasSize(9);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11, -1})
  void rejectsADecileOutsideOneToTen(int decile) {
    assertThatThrownBy(() -> EqualityMonitoring.none().withDeprivationDecile(Response.answered(decile)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("equalityMonitoring.deprivationDecile"));
  }

  @Test
  void acceptsDecilesOneAndTen() {
    assertThat(EqualityMonitoring.none().withDeprivationDecile(Response.answered(1)).deprivationDecile().answer()).contains(1);
    assertThat(EqualityMonitoring.none().withDeprivationDecile(Response.answered(10)).deprivationDecile().answer()).contains(10);
  }

  @Test
  void ethnicityHasTheNineteenCensusCategoriesInFiveGroups() {
    Map<Ethnicity.Group, Integer> counts = new EnumMap<>(Ethnicity.Group.class);
    for (Ethnicity e : Ethnicity.values()) {
      counts.merge(e.group(), 1, Integer::sum);
    }
    assertThat(Ethnicity.values()).hasSize(19);
    assertThat(counts).containsExactly(
        Map.entry(Ethnicity.Group.ASIAN, 5), Map.entry(Ethnicity.Group.BLACK, 3),
        Map.entry(Ethnicity.Group.MIXED, 4), Map.entry(Ethnicity.Group.WHITE, 5),
        Map.entry(Ethnicity.Group.OTHER, 2));
  }

  @Test
  void responsesCompareByKindAndAnswer() {
    new EqualsTester()
        .addEqualityGroup(Response.notAsked(), Response.notAsked())
        .addEqualityGroup(Response.preferNotToSay())
        .addEqualityGroup(Response.answered(true), Response.answered(true))
        .addEqualityGroup(Response.answered(false))
        .testEquals();
    assertThatThrownBy(() -> Response.answered(null)).isInstanceOf(InvalidInputException.class);
    assertThat(Response.answered(Gender.NON_BINARY).toString()).isEqualTo("NON_BINARY");
    assertThat(Response.preferNotToSay().toString()).isEqualTo("PREFER_NOT_TO_SAY");
  }
}
