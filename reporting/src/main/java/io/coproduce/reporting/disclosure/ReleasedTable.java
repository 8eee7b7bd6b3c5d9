package io.coproduce.reporting.disclosure;

import io.coproduce.reporting.table.Column;
import io.coproduce.reporting.table.TableId;
import java.util.List;

/**
 * A table as it leaves the library: either {@linkplain PublishedTable published} under a
 * disclosure policy or {@linkplain InternalTable released for internal use only}. Renderers take
 * only released tables, so an unprotected {@code Table} cannot be rendered by mistake. Immutable.
 */
public sealed interface ReleasedTable permits PublishedTable, InternalTable {

  /** The table's id. */
  TableId id();

  /** The table's title. */
  String title();

  /** What the table shows (may be empty). */
  String description();

  /** The columns, in order. */
  List<Column> columns();

  /** The released rows, each a list of cells in column order. */
  List<List<ReleasedCell>> rows();

  /** What disclosure control did, and whether the table may be published. */
  DisclosureStatement disclosure();
}
