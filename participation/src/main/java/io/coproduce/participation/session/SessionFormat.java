package io.coproduce.participation.session;

/** How a session is held. */
public enum SessionFormat {
  /** Everyone in the same room or place. */
  IN_PERSON,
  /** Everyone on a live online platform. */
  ONLINE,
  /** Some people in the room, some joining live online. */
  HYBRID;

  /** Returns whether part of the session is live online (online or hybrid). */
  public boolean isLiveOnline() {
    return this != IN_PERSON;
  }
}
