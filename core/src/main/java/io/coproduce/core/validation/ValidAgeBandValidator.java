package io.coproduce.core.validation;

import io.coproduce.core.age.AgeBand;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidAgeBand}. Stateless and thread-safe. */
public final class ValidAgeBandValidator implements ConstraintValidator<ValidAgeBand, CharSequence> {

  /** Creates the validator (Bean Validation providers instantiate it). */
  public ValidAgeBandValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String text = value.toString();
    for (AgeBand band : AgeBand.values()) {
      if (band.label().equals(text) || band.name().equals(text)) {
        return true;
      }
    }
    return false;
  }
}
