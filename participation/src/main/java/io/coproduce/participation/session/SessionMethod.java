package io.coproduce.participation.session;

/** The engagement method a session uses. */
public enum SessionMethod {
  /** A facilitated workshop. */
  WORKSHOP,
  /** A small facilitated discussion. */
  FOCUS_GROUP,
  /** A questionnaire or poll, on paper or online. */
  SURVEY,
  /** Creative or play-based work: drawing, making, drama, music, games. */
  CREATIVE,
  /** Young people researching with or alongside their peers. */
  PEER_RESEARCH,
  /** A one-to-one or small-group interview. */
  INTERVIEW,
  /** A meeting of a steering group, panel or board. */
  STEERING_MEETING,
  /** A stay away from home, with at least one night. */
  RESIDENTIAL
}
