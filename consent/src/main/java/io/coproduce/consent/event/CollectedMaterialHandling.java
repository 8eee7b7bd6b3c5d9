package io.coproduce.consent.event;

/** What happens, on withdrawal or revocation, to material already collected under the consent. */
public enum CollectedMaterialHandling {
  /** Kept as it is (for example a contribution already made anonymous). */
  KEEP,
  /** Anonymised: anything that identifies the young person is removed. */
  ANONYMISE,
  /** Removed from everything not yet published; what is already published stays. */
  REMOVE_FROM_UNPUBLISHED
}
