package io.coproduce.participation.internal;

import io.coproduce.core.error.InvalidInputException;

/** The checks every text in a framework or a strategic plan passes: present, not blank, not too long, no control characters. */
public final class Texts {

  private Texts() {}

  /**
   * Returns {@code text} when it is 1 to {@code max} characters, not blank, with no control
   * characters other than line breaks and tabs. These texts are policy data, not personal,, so a bad one is
   * shown in the error (abbreviated).
   */
  public static String require(String field, String text, int max) {
    if (text == null) {
      throw InvalidInputException.of(field, "must not be null", null);
    }
    if (text.isBlank()) {
      throw InvalidInputException.of(field, "must not be blank", null);
    }
    if (text.length() > max) {
      throw InvalidInputException.of(field, "must be at most " + max + " characters", text);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        throw InvalidInputException.of(field, "must not contain control characters", null);
      }
    }
    return text;
  }
}
