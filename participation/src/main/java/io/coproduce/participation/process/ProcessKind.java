package io.coproduce.participation.process;

/**
 * What a co-production process is for. A joint consultation response is written by partner
 * organisations together, so it is owned by at least two; every other kind by at least one.
 */
public enum ProcessKind {
  /** A strategy or strategic plan. */
  STRATEGY("strategy", 1),
  /** The redesign of a service. */
  SERVICE_REDESIGN("service redesign", 1),
  /** A response to a public consultation, written jointly by partner organisations. */
  JOINT_CONSULTATION_RESPONSE("joint consultation response", 2),
  /** An evaluation of a service or programme. */
  SERVICE_EVALUATION("service evaluation", 1),
  /** Commissioning or procuring a service, including setting its specification. */
  COMMISSIONING("commissioning", 1),
  /** Recruiting staff, with young people on the panel or setting the questions. */
  RECRUITMENT("recruitment", 1),
  /** Research, including peer research led by young people. */
  RESEARCH("research", 1),
  /** Making resources or a campaign (information, training, communications). */
  RESOURCE_OR_CAMPAIGN("resource or campaign", 1);

  private final String label;
  private final int minimumOwners;

  ProcessKind(String label, int minimumOwners) {
    this.label = label;
    this.minimumOwners = minimumOwners;
  }

  /** Returns a short label a person can read, for example {@code "service redesign"}. */
  public String label() {
    return label;
  }

  /** Returns how many organisations must own a process of this kind, at least. */
  public int minimumOwners() {
    return minimumOwners;
  }
}
