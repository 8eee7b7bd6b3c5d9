package io.coproduce.consent.safeguarding;

/** Why information about a child was shared without consent to protect them. */
public enum SafeguardingGround {
  /** The child is suffering, or likely to suffer, significant harm (Children Act 1989 s.47). */
  RISK_OF_SIGNIFICANT_HARM,
  /** Someone else (another child, an adult) is at risk of harm. */
  RISK_TO_OTHERS,
  /** An emergency: a risk to life. */
  RISK_TO_LIFE,
  /** A court or statutory body required it. */
  LEGAL_REQUIREMENT
}
