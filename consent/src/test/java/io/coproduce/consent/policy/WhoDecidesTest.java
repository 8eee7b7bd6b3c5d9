package io.coproduce.consent.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhoDecidesTest {

  private static final List<Reason> WHY = List.of(Reason.of("r", "because", RuleSource.law("An Act")));
  private static final Set<DecisionAuthority> PARENTS = Set.of(DecisionAuthority.PARENTAL_RESPONSIBILITY);

  @ParameterizedTest
  @CsvSource({
      "YOUNG_PERSON,false,NONE", "YOUNG_PERSON,true,ALONGSIDE_YOUNG_PERSON",
      "YOUNG_PERSON_UNLESS_ASSESSED_NOT_CAPABLE,false,UNLESS_ASSESSED_NOT_CAPABLE",
      "YOUNG_PERSON_UNLESS_ASSESSED_NOT_CAPABLE,true,ALONGSIDE_YOUNG_PERSON",
      "YOUNG_PERSON_IF_ASSESSED_CAPABLE,false,UNLESS_ASSESSED_CAPABLE",
      "YOUNG_PERSON_IF_ASSESSED_CAPABLE,true,ALONGSIDE_YOUNG_PERSON"})
  void ranksParentalInvolvement(DecisionRoute route, boolean coConsent, ParentalInvolvement involvement) {
    Set<DecisionAuthority> surrogates = route == DecisionRoute.YOUNG_PERSON && !coConsent ? Set.of() : PARENTS;
    WhoDecides who = new WhoDecides(route, DecisionAuthority.SELF_ADULT, surrogates, coConsent, false, true, WHY);
    assertThat(who.parentalInvolvement()).isEqualTo(involvement);
  }

  @Test
  void aParentOnlyRouteHasNoOwnAuthority() {
    WhoDecides who = new WhoDecides(DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER, null, PARENTS, false, true, true, WHY);
    assertThat(who.parentalInvolvement()).isEqualTo(ParentalInvolvement.INSTEAD_OF_YOUNG_PERSON);
    assertThat(who.ownAuthority()).isEmpty();
    assertThat(who.accepts(DecisionAuthority.PARENTAL_RESPONSIBILITY)).isTrue();
    assertThat(who.accepts(DecisionAuthority.SELF_ADULT)).isFalse();
    assertThat(who.accepts(DecisionAuthority.COURT)).isFalse();
  }

  @Test
  void refusesIncoherentAnswers() {
    assertThatThrownBy(() -> new WhoDecides(DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER, DecisionAuthority.SELF_ADULT,
        PARENTS, false, true, true, WHY)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new WhoDecides(DecisionRoute.YOUNG_PERSON, null, Set.of(), false, false, true, WHY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new WhoDecides(DecisionRoute.YOUNG_PERSON, DecisionAuthority.PARENTAL_RESPONSIBILITY,
        Set.of(), false, false, true, WHY)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new WhoDecides(DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE, DecisionAuthority.SELF_ASSESSED_CAPABLE,
        Set.of(DecisionAuthority.SELF_ADULT), false, false, true, WHY)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new WhoDecides(DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_ADULT,
        PARENTS, false, false, true, WHY)).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("whoDecides.surrogates"));
    assertThatThrownBy(() -> new WhoDecides(DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE, DecisionAuthority.SELF_ASSESSED_CAPABLE,
        Set.of(), false, false, true, WHY)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new WhoDecides(DecisionRoute.YOUNG_PERSON, DecisionAuthority.SELF_ADULT,
        Set.of(), false, false, true, List.of())).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("whoDecides.reasons"));
  }

  @Test
  void acceptsOnlyItsOwnSelfAuthority() {
    WhoDecides who = ConsentPolicy.defaults().whoDecides(io.coproduce.core.jurisdiction.Jurisdiction.ENGLAND, 17,
        io.coproduce.consent.purpose.Purpose.takingPart());
    assertThat(who.accepts(DecisionAuthority.SELF_AGED_16_OR_OVER)).isTrue();
    assertThat(who.accepts(DecisionAuthority.SELF_ADULT)).isFalse();
    assertThat(who.ownAuthority()).contains(DecisionAuthority.SELF_AGED_16_OR_OVER);
  }
}
