package io.coproduce.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the constraints through Hibernate Validator, as a host's DTO would be validated. */
class ConstraintsTest {

  /** A host's request DTO. */
  record SignUp(
      @ValidId String personId,
      @PlausibleDateOfBirth LocalDate dateOfBirth,
      @ValidAgeBand String ageBand,
      @PlausibleDateOfBirth(minAgeYears = 13, maxAgeYears = 17) LocalDate teenDateOfBirth) {}

  /** 15 June 2026, 23:30 in London, which is already 16 June in Kiritimati (the test JVM's default zone). */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T22:30:00Z"), ZoneId.of("Europe/London"));

  static ValidatorFactory factory;
  static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.byDefaultProvider().configure().clockProvider(() -> CLOCK).buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  static SignUp valid() {
    return new SignUp("yp-001", LocalDate.of(2010, 1, 1), "13-15", LocalDate.of(2010, 1, 1));
  }

  @Test
  void acceptsAValidDto() {
    assertThat(validator.validate(valid())).isEmpty();
  }

  @Test
  void acceptsNullsSoHostsCombineWithNotNull() {
    assertThat(validator.validate(new SignUp(null, null, null, null))).isEmpty();
  }

  static Stream<Arguments> dates() {
    return Stream.of(
        Arguments.of(LocalDate.of(2026, 6, 15), true), // born today: age 0
        Arguments.of(LocalDate.of(2026, 6, 16), false), // tomorrow in London, though today in Kiritimati
        Arguments.of(LocalDate.of(2001, 6, 16), true), // 24 until tomorrow
        Arguments.of(LocalDate.of(2000, 6, 16), true), // 25, last day in the 0-25 remit
        Arguments.of(LocalDate.of(2000, 6, 15), false), // 26 today
        Arguments.of(LocalDate.of(1800, 1, 1), false));
  }

  @ParameterizedTest
  @MethodSource("dates")
  void plausibleDateOfBirthUsesTheValidatorsClockAndTheZeroToTwentyFiveRemit(LocalDate dob, boolean ok) {
    SignUp dto = new SignUp("yp-001", dob, "13-15", null);

    Set<ConstraintViolation<SignUp>> violations = validator.validate(dto);

    assertThat(violations.isEmpty()).isEqualTo(ok);
    violations.forEach(v -> {
      assertThat(v.getPropertyPath().toString()).isEqualTo("dateOfBirth");
      assertThat(v.getMessage()).isEqualTo("must be a date of birth giving an age of 0 to 25 today")
          .doesNotContain(dob.toString());
    });
  }

  @Test
  void plausibleDateOfBirthHonoursACustomRange() {
    SignUp twelve = new SignUp("yp-001", null, null, LocalDate.of(2014, 1, 1));

    assertThat(validator.validate(twelve)).singleElement()
        .satisfies(v -> assertThat(v.getMessage()).contains("13 to 17"));
  }

  @Test
  void rejectsAnInvalidIdNamingTheRule() {
    SignUp dto = new SignUp("Ann Smith", null, null, null);

    assertThat(validator.validate(dto)).singleElement().satisfies(v -> {
      assertThat(v.getPropertyPath().toString()).isEqualTo("personId");
      assertThat(v.getMessage()).contains("1 to 64 characters");
    });
  }

  @Test
  void rejectsAnUnknownAgeBandAndAcceptsLabelsAndNames() {
    assertThat(validator.validate(new SignUp(null, null, "12-14", null))).hasSize(1);
    assertThat(validator.validate(new SignUp(null, null, "26+", null))).isEmpty();
    assertThat(validator.validate(new SignUp(null, null, "AGE_0_TO_5", null))).isEmpty();
  }
}
