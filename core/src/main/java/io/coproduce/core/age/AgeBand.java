package io.coproduce.core.age;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;

/**
 * Developmental age bands: the five bands of the ICO's Age Appropriate Design Code (the
 * "Children's Code"), extended with young adults 18-25 (the 0-25 remit of children and young
 * people's mental-health services) and adults 26 and over. Every age from 0 upwards falls in
 * exactly one band. Text form: the label, for example {@code "13-15"} or {@code "26+"}.
 */
public enum AgeBand {
  /** 0-5: pre-literacy and early literacy. Babies and young children take part through their parents and carers. */
  AGE_0_TO_5(0, 5, "0-5", RuleSource.guidance("ICO, Age appropriate design code, Annex B: age and developmental stages")),
  /** 6-9: core primary school years. */
  AGE_6_TO_9(6, 9, "6-9", RuleSource.guidance("ICO, Age appropriate design code, Annex B: age and developmental stages")),
  /** 10-12: transition years. */
  AGE_10_TO_12(10, 12, "10-12", RuleSource.guidance("ICO, Age appropriate design code, Annex B: age and developmental stages")),
  /** 13-15: early teens. */
  AGE_13_TO_15(13, 15, "13-15", RuleSource.guidance("ICO, Age appropriate design code, Annex B: age and developmental stages")),
  /** 16-17: approaching adulthood. */
  AGE_16_TO_17(16, 17, "16-17", RuleSource.guidance("ICO, Age appropriate design code, Annex B: age and developmental stages")),
  /** 18-25: young adults, within the 0-25 remit of children and young people's mental-health services. */
  AGE_18_TO_25(18, 25, "18-25", RuleSource.guidance("Children and Families Act 2014 (special educational needs support to age 25); the 0-25 remit of children and young people's mental-health services")),
  /** 26 and over: adults outside the 0-25 remit (parents, carers, practitioners). */
  ADULT_26_PLUS(26, Age.MAX_YEARS, "26+", RuleSource.libraryDefault("Adults outside the 0-25 remit"));

  private final int minYears;
  private final int maxYears;
  private final String label;
  private final RuleSource source;

  AgeBand(int minYears, int maxYears, String label, RuleSource source) {
    this.minYears = minYears;
    this.maxYears = maxYears;
    this.label = label;
    this.source = source;
  }

  /**
   * Returns the band containing {@code years}.
   *
   * @throws InvalidInputException when {@code years} is negative or over {@link Age#MAX_YEARS}
   */
  public static AgeBand of(int years) {
    if (years < 0 || years > Age.MAX_YEARS) {
      throw InvalidInputException.personal("age.years", "must be 0 to " + Age.MAX_YEARS);
    }
    for (AgeBand band : values()) {
      if (years <= band.maxYears) {
        return band;
      }
    }
    throw new AssertionError("bands cover 0 to " + Age.MAX_YEARS);
  }

  /** Returns the band of the youngest possible age (the protective reading). */
  public static AgeBand of(Age age) {
    return of(age.years());
  }

  /**
   * Parses a label such as {@code "13-15"} or {@code "26+"}, or a constant name.
   *
   * @throws InvalidInputException naming {@code ageBand} when unknown
   */
  public static AgeBand parse(String text) {
    if (text == null) {
      throw InvalidInputException.of("ageBand", "must not be null", null);
    }
    for (AgeBand band : values()) {
      if (band.label.equals(text) || band.name().equals(text)) {
        return band;
      }
    }
    throw InvalidInputException.of(
        "ageBand", "must be one of 0-5, 6-9, 10-12, 13-15, 16-17, 18-25, 26+", text);
  }

  /** Returns the youngest age in the band. */
  public int minYears() {
    return minYears;
  }

  /** Returns the oldest age in the band ({@link Age#MAX_YEARS} for the last band). */
  public int maxYears() {
    return maxYears;
  }

  /** Returns the label, for example {@code "13-15"}. */
  public String label() {
    return label;
  }

  /** Returns where the band comes from. */
  public RuleSource source() {
    return source;
  }

  /** Returns whether everyone in the band is under 18. */
  public boolean isChildren() {
    return maxYears < 18;
  }

  /** Returns whether {@code years} falls in this band. */
  public boolean contains(int years) {
    return years >= minYears && years <= maxYears;
  }

  /** Returns the label. */
  @Override
  public String toString() {
    return label;
  }
}
