package io.coproduce.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.coproduce.core.error.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test support: runs code expected to reject its input and returns the error for inspection. */
public final class Rejections {

  private Rejections() {}

  /** Runs {@code call}, asserts it throws an {@link InvalidInputException}, and returns it. */
  public static InvalidInputException rejectionOf(ThrowingCallable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(e).as("expected an InvalidInputException").isNotNull();
    return e;
  }
}
