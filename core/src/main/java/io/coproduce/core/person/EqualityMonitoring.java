package io.coproduce.core.person;

import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;

/**
 * Optional, self-described equality-monitoring answers: they feed equity reporting on who takes
 * part and who is under-served, and nothing else. Every question may be unanswered or answered
 * "prefer not to say". Immutable and thread-safe; build with {@link #none()} and the withers.
 *
 * @param ethnicity ethnic group (2021 Census categories)
 * @param gender gender
 * @param disability whether the person considers themself disabled
 * @param sexualOrientation sexual orientation (ask only of people 16 and over, as the Census did)
 * @param careExperienced whether the person is or has been looked after
 * @param youngCarer whether the person cares for a family member
 * @param specialEducationalNeeds special educational needs provision
 * @param freeSchoolMeals whether the person is (or was, at school) eligible for free school meals
 * @param deprivationDecile the home area's Index of Multiple Deprivation decile, 1 (most deprived) to 10
 */
public record EqualityMonitoring(
    Response<Ethnicity> ethnicity,
    Response<Gender> gender,
    Response<Boolean> disability,
    Response<SexualOrientation> sexualOrientation,
    Response<Boolean> careExperienced,
    Response<Boolean> youngCarer,
    Response<SpecialEducationalNeeds> specialEducationalNeeds,
    Response<Boolean> freeSchoolMeals,
    Response<Integer> deprivationDecile) {

  private static final EqualityMonitoring NONE =
      new EqualityMonitoring(
          Response.notAsked(), Response.notAsked(), Response.notAsked(), Response.notAsked(),
          Response.notAsked(), Response.notAsked(), Response.notAsked(), Response.notAsked(),
          Response.notAsked());

  /** Validates the answers: none may be null, and a decile must be 1 to 10. */
  public EqualityMonitoring {
    Objects.requireNonNull(ethnicity, "ethnicity");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(disability, "disability");
    Objects.requireNonNull(sexualOrientation, "sexualOrientation");
    Objects.requireNonNull(careExperienced, "careExperienced");
    Objects.requireNonNull(youngCarer, "youngCarer");
    Objects.requireNonNull(specialEducationalNeeds, "specialEducationalNeeds");
    Objects.requireNonNull(freeSchoolMeals, "freeSchoolMeals");
    Objects.requireNonNull(deprivationDecile, "deprivationDecile");
    deprivationDecile.answer().ifPresent(d -> {
      if (d < 1 || d > 10) {
        throw InvalidInputException.of(
            "equalityMonitoring.deprivationDecile", "must be 1 (most deprived) to 10", d);
      }
    });
  }

  /** No question asked. */
  public static EqualityMonitoring none() {
    return NONE;
  }

  /** Returns a copy with the ethnicity answer. */
  public EqualityMonitoring withEthnicity(Response<Ethnicity> r) {
    return new EqualityMonitoring(r, gender, disability, sexualOrientation, careExperienced,
        youngCarer, specialEducationalNeeds, freeSchoolMeals, deprivationDecile);
  }

  /** Returns a copy with the gender answer. */
  public EqualityMonitoring withGender(Response<Gender> r) {
    return new EqualityMonitoring(ethnicity, r, disability, sexualOrientation, careExperienced,
        youngCarer, specialEducationalNeeds, freeSchoolMeals, deprivationDecile);
  }

  /** Returns a copy with the disability answer. */
  public EqualityMonitoring withDisability(Response<Boolean> r) {
    return new EqualityMonitoring(ethnicity, gender, r, sexualOrientation, careExperienced,
        youngCarer, specialEducationalNeeds, freeSchoolMeals, deprivationDecile);
  }

  /** Returns a copy with the sexual orientation answer. */
  public EqualityMonitoring withSexualOrientation(Response<SexualOrientation> r) {
    return new EqualityMonitoring(ethnicity, gender, disability, r, careExperienced,
        youngCarer, specialEducationalNeeds, freeSchoolMeals, deprivationDecile);
  }

  /** Returns a copy with the care-experience answer. */
  public EqualityMonitoring withCareExperienced(Response<Boolean> r) {
    return new EqualityMonitoring(ethnicity, gender, disability, sexualOrientation, r,
        youngCarer, specialEducationalNeeds, freeSchoolMeals, deprivationDecile);
  }

  /** Returns a copy with the young-carer answer. */
  public EqualityMonitoring withYoungCarer(Response<Boolean> r) {
    return new EqualityMonitoring(ethnicity, gender, disability, sexualOrientation,
        careExperienced, r, specialEducationalNeeds, freeSchoolMeals, deprivationDecile);
  }

  /** Returns a copy with the special-educational-needs answer. */
  public EqualityMonitoring withSpecialEducationalNeeds(Response<SpecialEducationalNeeds> r) {
    return new EqualityMonitoring(ethnicity, gender, disability, sexualOrientation,
        careExperienced, youngCarer, r, freeSchoolMeals, deprivationDecile);
  }

  /** Returns a copy with the free-school-meals answer. */
  public EqualityMonitoring withFreeSchoolMeals(Response<Boolean> r) {
    return new EqualityMonitoring(ethnicity, gender, disability, sexualOrientation,
        careExperienced, youngCarer, specialEducationalNeeds, r, deprivationDecile);
  }

  /** Returns a copy with the deprivation-decile answer. */
  public EqualityMonitoring withDeprivationDecile(Response<Integer> r) {
    return new EqualityMonitoring(ethnicity, gender, disability, sexualOrientation,
        careExperienced, youngCarer, specialEducationalNeeds, freeSchoolMeals, r);
  }
}
