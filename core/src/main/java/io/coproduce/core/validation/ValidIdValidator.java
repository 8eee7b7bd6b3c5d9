package io.coproduce.core.validation;

import io.coproduce.core.id.IdentifierSyntax;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidId}. Stateless and thread-safe. */
public final class ValidIdValidator implements ConstraintValidator<ValidId, CharSequence> {

  /** Creates the validator (Bean Validation providers instantiate it). */
  public ValidIdValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || IdentifierSyntax.isValid(value.toString());
  }
}
