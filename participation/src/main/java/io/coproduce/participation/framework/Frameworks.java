package io.coproduce.participation.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The frameworks the library ships, and the reader hosts use to load their own. Each shipped
 * framework is JSON in this package's resources, read with the same reader as a host's, worded
 * by Coproduce (not the authors' own checklists) and naming its source. Stateless and
 * thread-safe; the shipped frameworks are read once, on first use.
 *
 * <h2>The JSON form</h2>
 *
 * <pre>{@code
 * {
 *   "id": "lundy", "name": "The Lundy model of participation", "version": "1.0",
 *   "source": {"kind": "GUIDANCE", "citation": "Lundy, L. (2007) ..."},
 *   "scales": [{"id": "not-partly-met", "levels": [
 *     {"id": "not-met", "label": "Not met", "score": 0},
 *     {"id": "partly-met", "label": "Partly met", "score": 1},
 *     {"id": "met", "label": "Met", "score": 2}]}],
 *   "elements": [{"id": "space", "name": "Space", "questions": [
 *     {"id": "space.early", "text": "Were ...?", "scale": "not-partly-met"}]}]
 * }
 * }</pre>
 *
 * <p>Every property is required and no other is allowed; a property may not appear twice in one
 * object. {@code source.kind} is a {@link io.coproduce.core.rule.RuleSource.Kind} name. Levels
 * are listed lowest first. The rules of {@link Framework}, {@link Element}, {@link Question},
 * {@link ScoringScale} and {@link ScoreLevel} apply, and every error is an {@link
 * io.coproduce.core.error.InvalidInputException} whose field is the JSON path from {@code
 * framework} ({@code framework.elements[2].questions[0].scale}) and whose rule says what is wrong.
 */
public final class Frameworks {

  private Frameworks() {}

  /** Holds the shipped frameworks, read when first asked for. */
  private static final class Shipped {
    static final Framework LUNDY = resource("lundy.json");
    static final Framework SHIER = resource("shier.json");
    static final Framework HEAR_BY_RIGHT = resource("hear-by-right.json");
    static final Framework WHOLE_SYSTEM = resource("whole-system-principles.json");
  }

  /**
   * The Lundy model (Lundy, 2007): four elements (space, voice, audience, influence), each with
   * three questions answered not met, partly met or met.
   */
  public static Framework lundy() {
    return Shipped.LUNDY;
  }

  /**
   * Shier's pathways to participation (Shier, 2001): five levels, each with a question for each
   * of three stages of commitment (openings, opportunities, obligations), fifteen questions
   * answered no or yes.
   */
  public static Framework shier() {
    return Shipped.SHIER;
  }

  /**
   * The seven standards of the National Youth Agency's Hear by Right (shared values, strategy,
   * structure, systems, staff, skills and knowledge, style of leadership), each tested by a
   * question on evidence of dialogue and one on evidence of change, answered from 0 (nothing in
   * place) to 3 (embedded).
   */
  public static Framework hearByRight() {
    return Shipped.HEAR_BY_RIGHT;
  }

  /**
   * The seven principles of a whole-system approach to children and young people's mental health
   * (Rethink Mental Illness, 2024): preventative; integrated and partnership-led; co-produced;
   * accountable; non-stigmatising; comprehensive and sustainably resourced; evidence-based and
   * data-driven; each with two questions answered not met, partly met or met.
   */
  public static Framework wholeSystemPrinciples() {
    return Shipped.WHOLE_SYSTEM;
  }

  /**
   * Reads a framework from JSON (see the class description for the form). The stream is read to
   * the end of the one JSON value and is not closed.
   *
   * @throws io.coproduce.core.error.InvalidInputException naming the JSON path and the rule
   *     broken, including for malformed JSON (path {@code framework}, with line and column)
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static Framework read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return FrameworkReader.read(json);
  }

  /** Reads a framework shipped in this package's resources. */
  static Framework resource(String name) {
    try (InputStream in = Frameworks.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("shipped framework missing from the module: " + name);
      }
      return FrameworkReader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
