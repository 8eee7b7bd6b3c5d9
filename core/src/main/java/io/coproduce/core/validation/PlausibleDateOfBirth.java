package io.coproduce.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link java.time.LocalDate} must be a plausible date of birth for someone a
 * service for ages {@link #minAgeYears()} to {@link #maxAgeYears()} works with: not in the future,
 * and giving an age within that range today. "Today" is read from the validator's {@link
 * jakarta.validation.ClockProvider} (configure it with {@code Configuration.clockProvider}), in
 * the clock's zone. {@code null} is valid.
 *
 * <p>The default range is 0 to 25, the remit of children and young people's mental-health
 * services. The message never echoes the date, which is personal data.
 */
@Documented
@Constraint(validatedBy = PlausibleDateOfBirthValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleDateOfBirth {
  /** The message template. */
  String message() default
      "must be a date of birth giving an age of {minAgeYears} to {maxAgeYears} today";

  /** The youngest age accepted, in whole years. */
  int minAgeYears() default 0;

  /** The oldest age accepted, in whole years. */
  int maxAgeYears() default 25;

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
