/** Streaming aggregation, statistical disclosure control, report models and renderers. */
module io.coproduce.reporting {
  requires transitive io.coproduce.core;
  requires transitive io.coproduce.consent;
  requires transitive io.coproduce.participation;
}
