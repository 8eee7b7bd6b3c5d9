package io.coproduce.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class CoproduceExceptionTest {

  /** The smallest possible subtype, to reach the protected constructor. */
  private static final class Example extends CoproduceException {
    private static final long serialVersionUID = 1L;

    Example(String message, String rule, Throwable cause) {
      super(message, rule, cause);
    }
  }

  @Test
  void carriesTheMessageTheRuleAndTheCause() {
    IllegalArgumentException cause = new IllegalArgumentException();

    Example e = new Example("x: must be y", "must be y", cause);

    assertThat(e).hasMessage("x: must be y").hasCause(cause);
    assertThat(e.rule()).isEqualTo("must be y");
  }

  @Test
  void allowsNoCause() {
    assertThat(new Example("m", "r", null)).hasNoCause();
  }

  @Test
  void requiresAMessageAndARule() {
    assertThatNullPointerException()
        .isThrownBy(() -> new Example(null, "r", null))
        .withMessage("message");
    assertThatNullPointerException()
        .isThrownBy(() -> new Example("m", null, null))
        .withMessage("rule");
  }

  @Test
  void isUnchecked() {
    assertThat(RuntimeException.class).isAssignableFrom(CoproduceException.class);
  }

  @Test
  void isTheRootOfEveryLibraryException() {
    assertThat(CoproduceException.class)
        .isAssignableFrom(InvalidInputException.class)
        .isAssignableFrom(UnknownReferenceException.class)
        .isAssignableFrom(PolicyRefusedException.class);
  }
}
