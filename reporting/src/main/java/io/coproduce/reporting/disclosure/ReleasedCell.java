package io.coproduce.reporting.disclosure;

import io.coproduce.reporting.table.Cell;
import java.util.Objects;

/**
 * A cell as released: its (possibly rounded) value, or the fact that it is suppressed. Immutable.
 *
 * <p>Renderers show every {@link Suppressed} cell as {@link #SUPPRESSED_MARK}, whatever its
 * {@link Suppressed#why() reason}: the protection assumes readers cannot tell a small hidden count
 * (1-7) from one hidden to protect it, since knowing which is which can pin a count down. The
 * reason is for the statement's tallies and for people checking the policy inside the library.
 */
public sealed interface ReleasedCell {

  /** The text of a suppressed cell in every rendering. */
  String SUPPRESSED_MARK = "*";

  /** A shown cell. */
  static Shown shown(Cell cell) {
    return new Shown(cell, false);
  }

  /** A shown cell that rests on few events, so readers should treat it with caution. */
  static Shown unreliable(Cell cell) {
    return new Shown(cell, true);
  }

  /** A suppressed cell. */
  static Suppressed suppressed(Suppression why) {
    return new Suppressed(why);
  }

  /**
   * A cell whose value is shown (a count already rounded where the policy rounds).
   *
   * @param cell the value shown
   * @param unreliable whether the value rests on so few events that it should be read with
   *     caution (for rates and percentages; ONS practice flags those from fewer than 20)
   */
  record Shown(Cell cell, boolean unreliable) implements ReleasedCell {
    /** Validates the cell. */
    public Shown {
      Objects.requireNonNull(cell, "cell");
    }
  }

  /**
   * A cell whose value is withheld; shown as {@link #SUPPRESSED_MARK}, never with its reason.
   *
   * @param why primary, secondary or derived suppression (not for readers of the table)
   */
  record Suppressed(Suppression why) implements ReleasedCell {
    /** Validates the reason. */
    public Suppressed {
      Objects.requireNonNull(why, "why");
    }
  }
}
