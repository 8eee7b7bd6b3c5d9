/** Layers, forums, processes, safe session plans, and voice to decision to feedback. */
module io.coproduce.participation {
  requires transitive io.coproduce.core;
  requires transitive io.coproduce.consent;
}
