/**
 * Reporting: streaming aggregation, statistical disclosure control, standard reports as values,
 * and renderers (JSON, CSV, Markdown, self-contained HTML).
 */
module io.coproduce.reporting {
  requires transitive io.coproduce.core;
  requires transitive io.coproduce.consent;
  requires transitive io.coproduce.participation;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.jsoup;
  // Used only when the host starts the JVM with --add-modules jdk.incubator.vector (see
  // aggregate.internal.VectorCounts); without it the same counts come from plain loops.
  requires static jdk.incubator.vector;

  exports io.coproduce.reporting.aggregate;
  exports io.coproduce.reporting.influence;
  exports io.coproduce.reporting.reach;
  exports io.coproduce.reporting.disclosure;
  exports io.coproduce.reporting.render;
  exports io.coproduce.reporting.report;
  exports io.coproduce.reporting.safeguarding;
  exports io.coproduce.reporting.consent;
  exports io.coproduce.reporting.quality;
  exports io.coproduce.reporting.strategy;
  exports io.coproduce.reporting.table;
}
