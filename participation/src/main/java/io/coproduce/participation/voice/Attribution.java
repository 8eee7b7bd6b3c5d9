package io.coproduce.participation.voice;

import com.google.common.collect.ImmutableList;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.QuoteAttribution;
import java.util.List;

/**
 * How a contributor would like to be attributed if what they said is quoted or published, from
 * least to most identifying. A preference is not permission: {@link AttributionCheck} says which
 * attribution the consent recorded for them actually allows.
 *
 * <p>Each attribution rests on its own consent purposes ({@link #purposes()}): the three quote
 * attributions on the matching {@link Purpose#quotation(QuoteAttribution) quotation} purpose, and
 * {@link #NAMED} on both being quoted by first name and being named or credited publicly ({@link
 * Purpose#publicCredit()}): a quote under a young person's full name shows at least their first
 * name, so consent to being credited publicly alone does not allow it, nor does consent to being
 * quoted alone (the protective reading, {@link VoiceRules#NAMED_NEEDS_BOTH_SOURCE}).
 */
public enum Attribution {
  /** Quoted without any name. */
  ANONYMOUS(ImmutableList.of(Purpose.quotation(QuoteAttribution.ANONYMOUS))),
  /** Quoted with a name they chose (a pseudonym or nickname). */
  CHOSEN_NAME(ImmutableList.of(Purpose.quotation(QuoteAttribution.CHOSEN_NAME))),
  /** Quoted with their first name. */
  FIRST_NAME(ImmutableList.of(Purpose.quotation(QuoteAttribution.FIRST_NAME))),
  /** Quoted and credited under their name. */
  NAMED(ImmutableList.of(Purpose.quotation(QuoteAttribution.FIRST_NAME), Purpose.publicCredit()));

  private final ImmutableList<Purpose> purposes;

  Attribution(ImmutableList<Purpose> purposes) {
    this.purposes = purposes;
  }

  /** Returns the consent purposes that must all be allowed before a quote is attributed this way. */
  public List<Purpose> purposes() {
    return purposes;
  }

  /** Returns whether this attribution shows a name of any kind (every one but {@link #ANONYMOUS}). */
  public boolean identifies() {
    return this != ANONYMOUS;
  }
}
