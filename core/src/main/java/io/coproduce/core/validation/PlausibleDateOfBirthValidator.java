package io.coproduce.core.validation;

import io.coproduce.core.age.Age;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.error.InvalidInputException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link PlausibleDateOfBirth} against the validator's clock. Thread-safe after initialisation. */
public final class PlausibleDateOfBirthValidator
    implements ConstraintValidator<PlausibleDateOfBirth, LocalDate> {

  private int minAgeYears;
  private int maxAgeYears;

  /** Creates the validator (Bean Validation providers instantiate it). */
  public PlausibleDateOfBirthValidator() {}

  @Override
  public void initialize(PlausibleDateOfBirth annotation) {
    if (annotation.minAgeYears() < 0
        || annotation.maxAgeYears() < annotation.minAgeYears()
        || annotation.maxAgeYears() > Age.MAX_YEARS) {
      throw InvalidInputException.of(
          "PlausibleDateOfBirth", "needs 0 <= minAgeYears <= maxAgeYears <= " + Age.MAX_YEARS,
          annotation.minAgeYears() + ".." + annotation.maxAgeYears());
    }
    this.minAgeYears = annotation.minAgeYears();
    this.maxAgeYears = annotation.maxAgeYears();
  }

  @Override
  public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    LocalDate today = LocalDate.now(context.getClockProvider().getClock());
    if (value.isAfter(today)) {
      return false;
    }
    int years;
    try {
      years = BirthInformation.ofDate(value).ageOn(today).years();
    } catch (InvalidInputException e) {
      return false;
    }
    return years >= minAgeYears && years <= maxAgeYears;
  }
}
