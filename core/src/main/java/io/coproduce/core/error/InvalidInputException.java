package io.coproduce.core.error;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a value offered to a factory, parser or reader breaks a rule: a blank id, a date
 * of birth in the future, an age band label that does not exist.
 *
 * <p>The exception names the {@link #field() field} and the {@link #rule() rule}, and carries the
 * {@link #offendingValue() offending value} only where the value is not personal. Values about a
 * person (a date of birth, an age) are withheld: use {@link #personal(String, String)} for them.
 */
public final class InvalidInputException extends CoproduceException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String offendingValue;

  private InvalidInputException(String field, String rule, String offendingValue, Throwable cause) {
    super(message(field, rule, offendingValue), rule, cause);
    this.field = field;
    this.offendingValue = offendingValue;
  }

  private static String message(String field, String rule, String value) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    return value == null
        ? field + ": " + rule
        : field + ": " + rule + " (was \"" + abbreviate(value) + "\")";
  }

  private static String abbreviate(String value) {
    return value.length() <= 80 ? value : value.substring(0, 77) + "...";
  }

  /**
   * An invalid, non-personal value.
   *
   * @param field the field, as a path a developer recognises (for example {@code "person.id"})
   * @param rule the rule broken (for example {@code "must be 1 to 64 letters, digits, '.', '_' or '-'"})
   * @param offendingValue the value that broke it; {@code null} if there was none
   */
  public static InvalidInputException of(String field, String rule, Object offendingValue) {
    return new InvalidInputException(
        field, rule, offendingValue == null ? null : String.valueOf(offendingValue), null);
  }

  /** Like {@link #of(String, String, Object)}, keeping the underlying cause. */
  public static InvalidInputException of(
      String field, String rule, Object offendingValue, Throwable cause) {
    return new InvalidInputException(
        field, rule, offendingValue == null ? null : String.valueOf(offendingValue), cause);
  }

  /**
   * An invalid personal value (a date of birth, an age): the value is withheld from the message
   * and from {@link #offendingValue()}.
   */
  public static InvalidInputException personal(String field, String rule) {
    return new InvalidInputException(field, rule, null, null);
  }

  /** The same failure reported under a longer path, for nested structures (for example JSON). */
  public InvalidInputException under(String parentField) {
    Objects.requireNonNull(parentField, "parentField");
    return new InvalidInputException(parentField + "." + field, rule(), offendingValue, this);
  }

  /** Returns the field that was invalid. */
  public String field() {
    return field;
  }

  /** Returns the offending value, or empty when there was none or it was personal. */
  public Optional<String> offendingValue() {
    return Optional.ofNullable(offendingValue);
  }
}
