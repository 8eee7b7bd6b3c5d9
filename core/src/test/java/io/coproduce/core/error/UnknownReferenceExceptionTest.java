package io.coproduce.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class UnknownReferenceExceptionTest {

  @Test
  void namesTheKindAndTheReference() {
    UnknownReferenceException e = UnknownReferenceException.of("person", "P-0042");

    assertThat(e).hasMessage("person P-0042 is not known").hasNoCause();
    assertThat(e.kind()).isEqualTo("person");
    assertThat(e.reference()).isEqualTo("P-0042");
    assertThat(e.rule()).isEqualTo("must refer to a known person");
  }

  @Test
  void showsAnyReferenceAsText() {
    Object id =
        new Object() {
          @Override
          public String toString() {
            return "F-7";
          }
        };

    assertThat(UnknownReferenceException.of("forum", id).reference()).isEqualTo("F-7");
  }

  @Test
  void rejectsNullKindOrReferenceNamingTheParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> UnknownReferenceException.of(null, "P-1"))
        .withMessage("kind");
    assertThatNullPointerException()
        .isThrownBy(() -> UnknownReferenceException.of("person", null))
        .withMessage("reference");
  }

  @Test
  void isACoproduceException() {
    assertThat(UnknownReferenceException.of("person", "P-1"))
        .isInstanceOf(CoproduceException.class);
  }
}
