package io.coproduce.core.person;

import io.coproduce.core.error.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one equality-monitoring question: not asked, "prefer not to say", or an answer.
 * Every question accepts "prefer not to say", and none is ever required. Immutable and
 * thread-safe.
 *
 * @param <T> the type of an answer
 */
public final class Response<T> {

  /** What kind of response was given. */
  public enum Kind {
    /** The question was not asked, or not answered. */
    NOT_ASKED,
    /** The person chose not to say. */
    PREFER_NOT_TO_SAY,
    /** The person answered. */
    ANSWERED
  }

  private static final Response<?> NOT_ASKED = new Response<>(Kind.NOT_ASKED, null);
  private static final Response<?> PREFER_NOT_TO_SAY = new Response<>(Kind.PREFER_NOT_TO_SAY, null);

  private final Kind kind;
  private final T answer;

  private Response(Kind kind, T answer) {
    this.kind = kind;
    this.answer = answer;
  }

  /** The question was not asked or not answered. */
  @SuppressWarnings("unchecked")
  public static <T> Response<T> notAsked() {
    return (Response<T>) NOT_ASKED;
  }

  /** The person chose not to say. */
  @SuppressWarnings("unchecked")
  public static <T> Response<T> preferNotToSay() {
    return (Response<T>) PREFER_NOT_TO_SAY;
  }

  /** The person answered. */
  public static <T> Response<T> answered(T answer) {
    if (answer == null) {
      throw InvalidInputException.of("response.answer", "must not be null; use notAsked()", null);
    }
    return new Response<>(Kind.ANSWERED, answer);
  }

  /** Returns the kind of response. */
  public Kind kind() {
    return kind;
  }

  /** Returns the answer, if the person answered. */
  public Optional<T> answer() {
    return Optional.ofNullable(answer);
  }

  /** Returns whether the person answered. */
  public boolean isAnswered() {
    return kind == Kind.ANSWERED;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Response<?> other && kind == other.kind && Objects.equals(answer, other.answer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, answer);
  }

  /** Returns {@code NOT_ASKED}, {@code PREFER_NOT_TO_SAY} or the answer's text. */
  @Override
  public String toString() {
    return kind == Kind.ANSWERED ? String.valueOf(answer) : kind.name();
  }
}
