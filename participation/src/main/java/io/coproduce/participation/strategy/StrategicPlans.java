package io.coproduce.participation.strategy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The strategic plan the library ships, and the reader hosts use to load their own. The shipped
 * plan is JSON in this package's resources, paraphrased by Coproduce and naming its source, read
 * with the same reader as a host's. Stateless and thread-safe; the shipped plan is read once, on
 * first use.
 *
 * <h2>The JSON form</h2>
 *
 * <pre>{@code
 * {
 *   "id": "my-plan", "name": "Our plan", "version": "2026.1",
 *   "source": {"kind": "ORGANISATION_POLICY", "citation": "Our strategic plan 2026-2029"},
 *   "aims": [{
 *     "id": "aim-1", "title": "...",
 *     "objectives": [{"id": "aim-1.obj-1", "title": "..."}],
 *     "enablers": [{"id": "aim-1.en-1", "text": "..."}],
 *     "indicators": [{"id": "aim-1.ind-1", "text": "...", "direction": "INCREASE"}]
 *   }]
 * }
 * }</pre>
 *
 * <p>Every property is required ({@code enablers} and {@code indicators} may be empty arrays) and
 * no other is allowed; a property may not appear twice in one object. {@code source.kind} is a
 * {@link io.coproduce.core.rule.RuleSource.Kind} name and {@code direction} a {@link Direction}
 * name. The rules of {@link StrategicPlan}, {@link Aim}, {@link Objective}, {@link Enabler} and
 * {@link Indicator} apply, and every error is an {@link
 * io.coproduce.core.error.InvalidInputException} whose field is the JSON path from {@code
 * strategicPlan} ({@code strategicPlan.aims[1].indicators[0].direction}) and whose rule says
 * what is wrong.
 */
public final class StrategicPlans {

  private StrategicPlans() {}

  /** Holds the shipped plan, read when first asked for. */
  private static final class Shipped {
    static final StrategicPlan COALITION = resource("coalition-strategic-plan.json");
  }

  /**
   * The Children and Young People's Mental Health Coalition's strategic plan, in Coproduce's
   * words: three aims (prevention and fewer inequalities in every policy; investment in early,
   * accessible, person-centred help across the whole system; a workforce able to recognise and
   * meet young people's mental-health needs), each with three objectives, its enablers and its
   * indicators.
   */
  public static StrategicPlan coalition() {
    return Shipped.COALITION;
  }

  /**
   * Reads a strategic plan from JSON (see the class description for the form). The stream is read
   * to the end of the one JSON value and is not closed.
   *
   * @throws io.coproduce.core.error.InvalidInputException naming the JSON path and the rule
   *     broken, including for malformed JSON (path {@code strategicPlan}, with line and column)
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static StrategicPlan read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return PlanReader.read(json);
  }

  /** Reads a plan shipped in this package's resources. */
  static StrategicPlan resource(String name) {
    try (InputStream in = StrategicPlans.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("shipped plan missing from the module: " + name);
      }
      return PlanReader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
