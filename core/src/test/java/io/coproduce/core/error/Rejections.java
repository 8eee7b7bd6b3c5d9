package io.coproduce.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test support: runs code expected to reject its input and returns the error for inspection. */
public final class Rejections {

  private Rejections() {}

  /**
   * Runs {@code call}, asserts that it throws an {@link InvalidInputException} (and nothing else),
   * and returns it.
   */
  public static InvalidInputException rejectionOf(ThrowingCallable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(e).as("expected an InvalidInputException").isNotNull();
    return e;
  }
}
