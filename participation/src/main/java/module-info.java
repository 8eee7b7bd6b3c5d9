/**
 * Participation: layers and forums, representation between them, co-production processes, safe
 * and suitable session plans, voice to decision to feedback, participation quality, frameworks
 * and strategic indicators, the member work map and joint working.
 */
module io.coproduce.participation {
  requires transitive io.coproduce.core;
  requires transitive io.coproduce.consent;
  requires org.slf4j;

  exports io.coproduce.participation.engagement;
  exports io.coproduce.participation.finding;
  exports io.coproduce.participation.forum;
  exports io.coproduce.participation.framework;
  exports io.coproduce.participation.joint;
  exports io.coproduce.participation.layer;
  exports io.coproduce.participation.process;
  exports io.coproduce.participation.quality;
  exports io.coproduce.participation.safeguarding;
  exports io.coproduce.participation.session;
  exports io.coproduce.participation.strategy;
  exports io.coproduce.participation.vetting;
  exports io.coproduce.participation.voice;
  exports io.coproduce.participation.workmap;
}
