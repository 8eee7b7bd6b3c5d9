package io.coproduce.participation.voice;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.voice.VoiceWorld.NOW;
import static io.coproduce.participation.voice.VoiceWorld.days;
import static io.coproduce.participation.voice.VoiceWorld.young;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.consent.event.CollectedMaterialHandling;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.core.person.Person;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttributionCheckTest {

  private static final Purpose ANONYMOUS_QUOTE = Purpose.quotation(QuoteAttribution.ANONYMOUS);

  /** The consent on record for the young person, applied to a fresh world. */
  enum Consent {
    NONE {
      @Override
      void record(VoiceWorld w, Person p, Attribution preferred) {}
    },
    PREFERRED {
      @Override
      void record(VoiceWorld w, Person p, Attribution preferred) {
        w.ownGrant(p, days(-30), purposes(preferred));
      }
    },
    PREFERRED_WITHDRAWN {
      @Override
      void record(VoiceWorld w, Person p, Attribution preferred) {
        w.ownGrant(p, days(-30), purposes(preferred));
        w.withdrawal(p, days(-2), CollectedMaterialHandling.REMOVE_FROM_UNPUBLISHED, purposes(preferred));
      }
    },
    PREFERRED_REFUSED {
      @Override
      void record(VoiceWorld w, Person p, Attribution preferred) {
        w.refusal(p, days(-30), purposes(preferred));
      }
    },
    ANONYMOUS_ONLY {
      @Override
      void record(VoiceWorld w, Person p, Attribution preferred) {
        w.ownGrant(p, days(-30), ANONYMOUS_QUOTE);
      }
    },
    PREFERRED_WITHDRAWN_ANONYMOUS_KEPT {
      @Override
      void record(VoiceWorld w, Person p, Attribution preferred) {
        w.ownGrant(p, days(-30), ANONYMOUS_QUOTE);
        w.ownGrant(p, days(-20), purposes(preferred));
        w.withdrawal(p, days(-2), CollectedMaterialHandling.ANONYMISE, purposes(preferred));
      }
    },
    EVERYTHING_WITHDRAWN {
      @Override
      void record(VoiceWorld w, Person p, Attribution preferred) {
        List<Purpose> all = new ArrayList<>(preferred.purposes());
        if (!all.contains(ANONYMOUS_QUOTE)) {
          all.add(ANONYMOUS_QUOTE);
        }
        Purpose[] asArray = all.toArray(new Purpose[0]);
        w.ownGrant(p, days(-30), asArray);
        w.withdrawal(p, days(-1), CollectedMaterialHandling.REMOVE_FROM_UNPUBLISHED, asArray);
      }
    };

    abstract void record(VoiceWorld w, Person p, Attribution preferred);

    static Purpose[] purposes(Attribution a) {
      return a.purposes().toArray(new Purpose[0]);
    }
  }

  static Stream<Arguments> attributionAgainstConsent() {
    List<Arguments> rows = new ArrayList<>();
    for (Attribution preferred : Attribution.values()) {
      boolean anonymousPreferred = preferred == Attribution.ANONYMOUS;
      rows.add(Arguments.of(preferred, Consent.NONE, null));
      rows.add(Arguments.of(preferred, Consent.PREFERRED, preferred));
      rows.add(Arguments.of(preferred, Consent.PREFERRED_WITHDRAWN, null));
      rows.add(Arguments.of(preferred, Consent.PREFERRED_REFUSED, null));
      rows.add(Arguments.of(preferred, Consent.ANONYMOUS_ONLY, Attribution.ANONYMOUS));
      rows.add(Arguments.of(preferred, Consent.PREFERRED_WITHDRAWN_ANONYMOUS_KEPT,
          anonymousPreferred ? null : Attribution.ANONYMOUS));
      rows.add(Arguments.of(preferred, Consent.EVERYTHING_WITHDRAWN, null));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} with consent {1} -> {2}")
  @MethodSource("attributionAgainstConsent")
  void usesThePreferredAttributionOnlyWithItsConsentElseAnonymousElseNothing(
      Attribution preferred, Consent consent, Attribution expected) {
    VoiceWorld w = new VoiceWorld();
    Person p = young("yp-17", 17);
    consent.record(w, p, preferred);

    AttributionDecision d = w.check().check(p, preferred, NOW);

    assertThat(d.attribution()).isEqualTo(expected);
    assertThat(d.contributor()).isEqualTo(p.id());
    assertThat(d.preferred()).isEqualTo(preferred);
    assertThat(d.at()).isEqualTo(NOW);
    String rule = expected == null ? VoiceRules.ATTRIBUTION_NOT_QUOTABLE
        : expected == preferred ? VoiceRules.ATTRIBUTION_AS_PREFERRED
        : VoiceRules.ATTRIBUTION_ANONYMOUS_FALLBACK;
    assertThat(d.reasons().get(0).rule()).isEqualTo(rule);
  }

  @Test
  void aPreferredQuoteRestsOnItsOwnConsentAndTheLaw() {
    VoiceWorld w = new VoiceWorld();
    Person p = young("yp-17", 17);
    w.ownGrant(p, days(-30), Purpose.quotation(QuoteAttribution.FIRST_NAME));

    AttributionDecision d = w.check().check(p, Attribution.FIRST_NAME, NOW);

    Reason first = d.reasons().get(0);
    assertThat(first.source()).isEqualTo(VoiceRules.CONSENT_PER_ATTRIBUTION_SOURCE);
    assertThat(first.source().kind()).isEqualTo(RuleSource.Kind.LAW);
    assertThat(first.explanation()).contains("yp-17", "FIRST_NAME");
    assertThat(d.reasons()).extracting(Reason::rule).contains("consent.gate.own-consent");
    // The anonymous purpose was not needed, so its reasons are not given.
    assertThat(d.reasons()).noneMatch(r -> r.explanation().contains("(ANONYMOUS)"));
  }

  @Test
  void aFallbackSaysWhyThePreferenceFailedAndWhyAnonymousStands() {
    VoiceWorld w = new VoiceWorld();
    Person p = young("yp-17", 17);
    Consent.PREFERRED_WITHDRAWN_ANONYMOUS_KEPT.record(w, p, Attribution.CHOSEN_NAME);

    AttributionDecision d = w.check().check(p, Attribution.CHOSEN_NAME, NOW);

    assertThat(d.outcome()).isEqualTo(AttributionOutcome.ANONYMOUS_FALLBACK);
    assertThat(d.reasons().get(0).source()).isEqualTo(VoiceRules.FALLBACK_SOURCE);
    assertThat(d.reasons().get(0).source().kind()).isEqualTo(RuleSource.Kind.LIBRARY_DEFAULT);
    assertThat(d.reasons()).extracting(Reason::rule)
        .contains("consent.gate.withdrawn", "consent.gate.own-consent");
    assertThat(d.reasons()).anyMatch(r -> r.explanation().contains("(ANONYMOUS)"));
  }

  @Test
  void notQuotableNamesEveryMissingConsent() {
    VoiceWorld w = new VoiceWorld();
    Person p = young("yp-17", 17);

    AttributionDecision d = w.check().check(p, Attribution.FIRST_NAME, NOW);

    assertThat(d.quotable()).isFalse();
    assertThat(d.reasons().get(0).source()).isEqualTo(VoiceRules.CONSENT_PER_ATTRIBUTION_SOURCE);
    assertThat(d.reasons().get(0).explanation()).contains("or anonymously");
    assertThat(d.reasons()).filteredOn(r -> r.rule().equals("consent.gate.needs-own-consent"))
        .extracting(Reason::explanation)
        .anyMatch(e -> e.contains("(FIRST_NAME)"))
        .anyMatch(e -> e.contains("(ANONYMOUS)"));
  }

  @Test
  void anAnonymousPreferenceThatIsNotConsentedHasNoFallbackToMention() {
    VoiceWorld w = new VoiceWorld();
    Person p = young("yp-17", 17);

    AttributionDecision d = w.check().check(p, Attribution.ANONYMOUS, NOW);

    assertThat(d.outcome()).isEqualTo(AttributionOutcome.NOT_QUOTABLE);
    assertThat(d.reasons().get(0).explanation()).doesNotContain("or anonymously");
  }

  @Test
  void aNamedQuoteNeedsBothQuotingByFirstNameAndPublicCredit() {
    VoiceWorld credit = new VoiceWorld();
    Person p = young("yp-20", 20);
    credit.ownGrant(p, days(-30), Purpose.publicCredit(), ANONYMOUS_QUOTE);
    VoiceWorld quote = new VoiceWorld();
    quote.ownGrant(p, days(-30), Purpose.quotation(QuoteAttribution.FIRST_NAME), ANONYMOUS_QUOTE);
    VoiceWorld both = new VoiceWorld();
    both.ownGrant(p, days(-30), Purpose.quotation(QuoteAttribution.FIRST_NAME), Purpose.publicCredit());

    assertThat(credit.check().check(p, Attribution.NAMED, NOW).attribution()).isEqualTo(Attribution.ANONYMOUS);
    assertThat(quote.check().check(p, Attribution.NAMED, NOW).attribution()).isEqualTo(Attribution.ANONYMOUS);
    AttributionDecision named = both.check().check(p, Attribution.NAMED, NOW);
    assertThat(named.attribution()).isEqualTo(Attribution.NAMED);
    Reason needsBoth = named.reasons().get(1);
    assertThat(needsBoth.rule()).isEqualTo(VoiceRules.ATTRIBUTION_NAMED_NEEDS_BOTH);
    assertThat(needsBoth.source()).isEqualTo(VoiceRules.NAMED_NEEDS_BOTH_SOURCE);
  }

  @Test
  void onlyANamedPreferenceCarriesTheNamedRule() {
    VoiceWorld w = new VoiceWorld();
    Person p = young("yp-17", 17);
    for (Attribution a : List.of(Attribution.ANONYMOUS, Attribution.CHOSEN_NAME, Attribution.FIRST_NAME)) {
      assertThat(w.check().check(p, a, NOW).reasons())
          .extracting(Reason::rule).doesNotContain(VoiceRules.ATTRIBUTION_NAMED_NEEDS_BOTH);
    }
  }

  @Test
  void neverFallsBackToAnotherName() {
    VoiceWorld w = new VoiceWorld();
    Person p = young("yp-17", 17);
    w.ownGrant(p, days(-30), Purpose.quotation(QuoteAttribution.CHOSEN_NAME));

    assertThat(w.check().check(p, Attribution.FIRST_NAME, NOW).outcome())
        .isEqualTo(AttributionOutcome.NOT_QUOTABLE);
  }

  @Test
  void consentGivenAfterTheInstantDoesNotCount() {
    VoiceWorld w = new VoiceWorld();
    Person p = young("yp-17", 17);
    w.ownGrant(p, days(1), Purpose.quotation(QuoteAttribution.FIRST_NAME));

    assertThat(w.check().check(p, Attribution.FIRST_NAME, NOW).quotable()).isFalse();
    assertThat(w.check().check(p, Attribution.FIRST_NAME, days(2)).quotable()).isTrue();
  }

  @Test
  void aChildUnderSixteenIsQuotedWithAParentsConsentAndTheirOwnAssent() {
    VoiceWorld w = new VoiceWorld();
    Person p = young("yp-12", 12);
    Purpose firstName = Purpose.quotation(QuoteAttribution.FIRST_NAME);
    w.grant(p, w.mother(p), DecisionAuthority.PARENTAL_RESPONSIBILITY, days(-30), firstName);
    w.assent(p, days(-29), firstName);

    assertThat(w.check().check(p, Attribution.FIRST_NAME, NOW).attribution()).isEqualTo(Attribution.FIRST_NAME);
  }

  @Test
  void aChildUnderSixteenIsNotQuotedOnTheirOwnWord() {
    VoiceWorld w = new VoiceWorld();
    Person p = young("yp-12", 12);
    w.mother(p);

    AttributionDecision d = w.check().check(p, Attribution.ANONYMOUS, NOW);

    assertThat(d.quotable()).isFalse();
    assertThat(d.reasons()).extracting(Reason::rule).contains("consent.gate.needs-surrogate-consent");
  }

  @Test
  void checksAContributionWithItsOwnPreference() {
    VoiceWorld w = new VoiceWorld();
    Person p = young("yp-17", 17);
    w.ownGrant(p, days(-30), Purpose.quotation(QuoteAttribution.CHOSEN_NAME));
    Contribution c = VoiceWorld.contribution("c-1", p.id(), VoiceWorld.YAG, days(-10), Attribution.CHOSEN_NAME);

    AttributionDecision d = w.check().check(c, p, NOW);

    assertThat(d.preferred()).isEqualTo(Attribution.CHOSEN_NAME);
    assertThat(d.outcome()).isEqualTo(AttributionOutcome.AS_PREFERRED);
  }

  @Test
  void refusesToCheckAContributionAgainstSomeoneElse() {
    VoiceWorld w = new VoiceWorld();
    Person p = young("yp-17", 17);
    Contribution c = VoiceWorld.contribution("c-1", young("yp-other", 15).id(), VoiceWorld.YAG,
        days(-10), Attribution.ANONYMOUS);

    assertThat(rejectionOf(() -> w.check().check(c, p, NOW)).field()).isEqualTo("contributor");
  }
}
