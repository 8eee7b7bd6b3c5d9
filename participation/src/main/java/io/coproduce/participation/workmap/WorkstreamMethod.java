package io.coproduce.participation.workmap;

/**
 * How a workstream goes about its work. Broader than a session's engagement method
 * ({@link io.coproduce.participation.session.SessionMethod}): a work map describes whole
 * programmes, so it asks whether a member delivers support, trains people, researches,
 * campaigns or convenes, not whether one meeting is a workshop or a focus group.
 */
public enum WorkstreamMethod {
  /** Direct support to children, young people or families: a service, a helpline, a clinic. */
  DIRECT_SUPPORT("direct support"),
  /** Support given by peers: young people or parents supporting each other. */
  PEER_SUPPORT("peer support"),
  /** Training for staff, volunteers, parents or young people. */
  TRAINING("training"),
  /** Research, including gathering and sharing evidence. */
  RESEARCH("research"),
  /** Research led by young people with or alongside their peers. */
  PEER_RESEARCH("peer research"),
  /** Evaluating a service or programme, including quality assurance. */
  EVALUATION("evaluation"),
  /** Influencing policy and campaigning. */
  POLICY_AND_CAMPAIGNING("policy and campaigning"),
  /** Making resources, guidance, tools or information. */
  RESOURCES_AND_GUIDANCE("resources and guidance"),
  /** Co-producing with children, young people and families (forums, panels, co-design). */
  CO_PRODUCTION("co-production"),
  /** Bringing organisations together: networks, forums of practice, sharing what works. */
  CONVENING("convening and networks");

  private final String label;

  WorkstreamMethod(String label) {
    this.label = label;
  }

  /** Returns a short label a person can read, for example {@code "peer research"}. */
  public String label() {
    return label;
  }
}
