package io.coproduce.participation.quality;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.participation.finding.Finding;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Lundy model for a process or a forum at an instant: each of the four elements with its
 * status, basis, evidence and reasons, and the findings a host should show (a warning for every
 * declaration the facts overrode, advice for every element nobody could answer). Immutable and
 * thread-safe.
 *
 * @param scope what was assessed
 * @param at the instant of the assessment
 * @param elements the four elements, in the model's order
 * @param findings the findings, in element order
 */
public record LundyAssessment(QualityScope scope, Instant at, Map<LundyElement, ElementAssessment> elements,
    List<Finding> findings) {

  /**
   * Validates the assessment and puts the elements in the model's order.
   *
   * @throws InvalidInputException naming {@code lundyAssessment.elements} when an element is
   *     missing or keyed under another element
   */
  public LundyAssessment {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(elements, "elements");
    findings = ImmutableList.copyOf(findings);
    EnumMap<LundyElement, ElementAssessment> ordered = new EnumMap<>(LundyElement.class);
    for (Map.Entry<LundyElement, ElementAssessment> e : elements.entrySet()) {
      if (e.getValue().element() != e.getKey()) {
        throw InvalidInputException.of("lundyAssessment.elements",
            "must key each answer under its own element", e.getKey());
      }
      ordered.put(e.getKey(), e.getValue());
    }
    for (LundyElement element : LundyElement.values()) {
      if (!ordered.containsKey(element)) {
        throw InvalidInputException.of("lundyAssessment.elements", "must answer every element", element);
      }
    }
    elements = ImmutableMap.copyOf(ordered);
  }

  /** Returns the answer for {@code element}. */
  public ElementAssessment element(LundyElement element) {
    return elements.get(Objects.requireNonNull(element, "element"));
  }

  /** Returns the status of {@code element}. */
  public ElementStatus status(LundyElement element) {
    return element(element).status();
  }

  /** Returns the elements whose declaration the facts overrode, in the model's order. */
  public List<LundyElement> overridden() {
    return elements.values().stream().filter(ElementAssessment::overridden).map(ElementAssessment::element)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns whether every element is met. */
  public boolean isFullyMet() {
    return elements.values().stream().allMatch(ElementAssessment::isMet);
  }

  /** Returns the lowest status of the four elements. */
  public ElementStatus weakest() {
    ElementStatus lowest = ElementStatus.MET;
    for (ElementAssessment a : elements.values()) {
      lowest = lowest.min(a.status());
    }
    return lowest;
  }
}
