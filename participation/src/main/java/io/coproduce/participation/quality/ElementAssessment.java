package io.coproduce.participation.quality;

import com.google.common.collect.ImmutableList;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.Reason;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one Lundy element: its status, what the status rests on, the status the facts
 * gave (if they could answer) and the declaration counted (if any), the evidence read, and the
 * reasons. Immutable and thread-safe.
 *
 * <h2>How facts and declarations combine</h2>
 *
 * <table>
 *   <caption>The status and basis from the computed status and the declaration</caption>
 *   <tr><th>facts</th><th>declaration</th><th>status</th><th>basis</th></tr>
 *   <tr><td>answer</td><td>none, or the same status</td><td>computed</td><td>{@link Basis#COMPUTED}</td></tr>
 *   <tr><td>answer</td><td>higher (say MET over a computed NOT_MET)</td><td>computed</td>
 *       <td>{@link Basis#COMPUTED_OVER_DECLARATION}: {@link #overridden()}, and a warning</td></tr>
 *   <tr><td>answer</td><td>lower</td><td>declared</td><td>{@link Basis#DECLARED_SHORTFALL}</td></tr>
 *   <tr><td>silent</td><td>any</td><td>declared</td><td>{@link Basis#DECLARED}</td></tr>
 *   <tr><td>silent</td><td>none</td><td>{@link ElementStatus#NOT_MET}</td><td>{@link Basis#NO_EVIDENCE}</td></tr>
 * </table>
 *
 * <p>So the status is never higher than the facts show, and never higher than a person with
 * evidence declared ({@link QualityRules#COMPUTED_OVERRIDES_SOURCE}, {@link
 * QualityRules#DECLARATION_SOURCE}).
 *
 * @param element the element
 * @param status its status
 * @param basis what the status rests on
 * @param computed the status computed from the facts, or {@code null} when they cannot answer
 * @param declaration the declaration counted, or {@code null} when there is none
 * @param evidence what the computation read
 * @param reasons why: the computation's reasons, then how it combined with the declaration; at
 *     least one
 */
public record ElementAssessment(LundyElement element, ElementStatus status, Basis basis,
    ElementStatus computed, Declaration declaration, Evidence evidence, List<Reason> reasons) {

  /**
   * Validates the answer against the table in the class description.
   *
   * @throws InvalidInputException naming {@code elementAssessment.declaration} when the
   *     declaration is about another element, {@code elementAssessment.basis} when the basis,
   *     status, computed status and declaration do not fit together as the table says, or
   *     {@code elementAssessment.reasons} when there is no reason
   */
  public ElementAssessment {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(evidence, "evidence");
    reasons = ImmutableList.copyOf(reasons);
    if (declaration != null && declaration.element() != element) {
      throw InvalidInputException.of("elementAssessment.declaration",
          "must be about element " + element, declaration.element());
    }
    if (!fits(status, basis, computed, declaration)) {
      throw InvalidInputException.of("elementAssessment.basis",
          "does not fit the status, computed status and declaration (" + status + ", " + computed + ", "
              + (declaration == null ? null : declaration.status()) + ")", basis);
    }
    if (reasons.isEmpty()) {
      throw InvalidInputException.of("elementAssessment.reasons", "must give a reason", element);
    }
  }

  private static boolean fits(ElementStatus status, Basis basis, ElementStatus computed, Declaration declaration) {
    ElementStatus declared = declaration == null ? null : declaration.status();
    return switch (basis) {
      case COMPUTED -> computed == status && (declared == null || declared == status);
      case COMPUTED_OVER_DECLARATION -> computed == status && declared != null && declared.compareTo(status) > 0;
      case DECLARED_SHORTFALL -> computed != null && declared == status && computed.compareTo(status) > 0;
      case DECLARED -> computed == null && declared == status;
      case NO_EVIDENCE -> computed == null && declared == null && status == ElementStatus.NOT_MET;
    };
  }

  /**
   * Combines a computed status (or {@code null} when the facts are silent) with a declaration (or
   * {@code null}) as the table in the class description says, adding the reason for the
   * combination after {@code computation}.
   */
  static ElementAssessment combine(LundyElement element, ElementStatus computed, Declaration declaration,
      Evidence evidence, List<Reason> computation) {
    ImmutableList.Builder<Reason> reasons = ImmutableList.<Reason>builder().addAll(computation);
    ElementStatus status;
    Basis basis;
    if (computed != null && declaration == null) {
      status = computed;
      basis = Basis.COMPUTED;
    } else if (computed != null) {
      ElementStatus declared = declaration.status();
      int c = declared.compareTo(computed);
      if (c > 0) {
        status = computed;
        basis = Basis.COMPUTED_OVER_DECLARATION;
        reasons.add(Reason.of(QualityRules.DECLARATION_OVERRIDDEN, "The records show " + element.label()
            + " " + computed.label() + ", which overrides the declaration (" + declaration.describe() + ")",
            QualityRules.COMPUTED_OVERRIDES_SOURCE));
      } else if (c < 0) {
        status = declared;
        basis = Basis.DECLARED_SHORTFALL;
        reasons.add(Reason.of(QualityRules.DECLARED_SHORTFALL, "The records show " + element.label() + " "
            + computed.label() + ", but a lower status was declared (" + declaration.describe()
            + "), which is kept: it may report what the records cannot see", QualityRules.DECLARATION_SOURCE));
      } else {
        status = computed;
        basis = Basis.COMPUTED;
        reasons.add(Reason.of(QualityRules.DECLARATION_AGREES, "The declaration agrees with the records ("
            + declaration.describe() + ")", QualityRules.DECLARATION_SOURCE));
      }
    } else if (declaration != null) {
      status = declaration.status();
      basis = Basis.DECLARED;
      reasons.add(Reason.of(QualityRules.DECLARATION_STANDS, "The records cannot answer " + element.label()
          + ", so the declaration stands and is marked as declared (" + declaration.describe() + ")",
          QualityRules.DECLARATION_SOURCE));
    } else {
      status = ElementStatus.NOT_MET;
      basis = Basis.NO_EVIDENCE;
      reasons.add(Reason.of(QualityRules.UNANSWERED, "The records cannot answer " + element.label()
          + " and no one declared it with evidence, so it is read as not met", QualityRules.UNANSWERED_SOURCE));
    }
    return new ElementAssessment(element, status, basis, computed, declaration, evidence, reasons.build());
  }

  /** Returns the status the facts gave, if they could answer. */
  public Optional<ElementStatus> computedStatus() {
    return Optional.ofNullable(computed);
  }

  /** Returns the declaration counted, if any. */
  public Optional<Declaration> declared() {
    return Optional.ofNullable(declaration);
  }

  /** Returns whether the computed status overrode a higher declared one ({@link Basis#COMPUTED_OVER_DECLARATION}). */
  public boolean overridden() {
    return basis == Basis.COMPUTED_OVER_DECLARATION;
  }

  /** Returns whether the status is met. */
  public boolean isMet() {
    return status == ElementStatus.MET;
  }
}
