package io.coproduce.consent.policy;

import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.policy.ConsentPolicy.RuleClass;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of {@link ConsentPolicy#whoDecides}, evaluated once per nation, age and class of
 * purpose when a policy is built. Reasons name thresholds, never a person's exact age.
 */
final class PolicyRules {

  private PolicyRules() {}

  static WhoDecides decide(ConsentPolicy policy, Jurisdiction nation, int age, RuleClass rc) {
    List<Reason> reasons = new ArrayList<>();
    boolean scotland = nation == Jurisdiction.SCOTLAND;
    // Parental responsibility (and so any parental co-consent) ends at 16 in Scotland, 18 elsewhere.
    int responsibilityEnds = scotland ? 16 : 18;
    boolean coConsent = age < policy.parentalCoConsentUnder() && age < responsibilityEnds;

    if (age >= 18) {
      reasons.add(Reason.of("consent.adult",
          "18 or over: an adult, who decides for themself",
          RuleSource.law(switch (nation) {
            case SCOTLAND -> "Age of Legal Capacity (Scotland) Act 1991 s.1(1)(b)";
            case NORTHERN_IRELAND -> "Age of Majority Act (Northern Ireland) 1969 s.1; Mental Capacity Act (Northern Ireland) 2016 s.1";
            default -> "Family Law Reform Act 1969 s.1; Mental Capacity Act 2005 s.1(2)";
          })));
      return selfOnly(DecisionAuthority.SELF_ADULT, reasons);
    }
    if (age >= 16) {
      reasons.add(Reason.of("consent.presumed-capable-16",
          "16 or 17: presumed capable of deciding for themself; a parent cannot consent over their refusal",
          RuleSource.law(switch (nation) {
            case SCOTLAND -> "Age of Legal Capacity (Scotland) Act 1991 s.1(1)(b) (full legal capacity at 16)";
            case NORTHERN_IRELAND -> "Mental Capacity Act (Northern Ireland) 2016 s.1(2)";
            default -> "Mental Capacity Act 2005 s.1(2), s.2(5); Family Law Reform Act 1969 s.8";
          })));
      if (coConsent) {
        return withCoConsent(policy, DecisionRoute.YOUNG_PERSON,
            DecisionAuthority.SELF_AGED_16_OR_OVER, reasons);
      }
      return selfOnly(DecisionAuthority.SELF_AGED_16_OR_OVER, reasons);
    }

    boolean assent = age >= policy.assentFromAge();
    if (rc == RuleClass.CLINICAL_TRIAL) {
      reasons.add(Reason.of("consent.ctimp-under-16",
          "Under 16, a clinical trial of a medicine: a person with parental responsibility or a legal"
              + " representative consents; the young person cannot consent for themself",
          RuleSource.law("Medicines for Human Use (Clinical Trials) Regulations 2004 Sch 1 Part 1 para 1"
              + " and Part 4 (a minor is under 16)")));
      Set<DecisionAuthority> surrogates = ConsentPolicy.ordinarySurrogates();
      surrogates.add(DecisionAuthority.LEGAL_REPRESENTATIVE);
      return surrogateOnly(policy, surrogates, assent, reasons);
    }
    if (rc == RuleClass.INFORMATION_SOCIETY_SERVICE) {
      int online = policy.onlineConsentAge();
      if (age >= online) {
        reasons.add(Reason.of("consent.online-consent-age",
            online + " or over, an information society service offered directly to a child: the"
                + " young person may consent for themself",
            policy.onlineConsentAgeSource()));
        if (coConsent) {
          return withCoConsent(policy, DecisionRoute.YOUNG_PERSON,
              DecisionAuthority.SELF_ONLINE_CONSENT_AGE, reasons);
        }
        return selfOnly(DecisionAuthority.SELF_ONLINE_CONSENT_AGE, reasons);
      }
      reasons.add(Reason.of("consent.online-under-consent-age",
          "Under " + online + ", an information society service offered directly to a child: a person"
              + " with parental responsibility must give or authorise consent, with reasonable efforts"
              + " to verify they hold it",
          online == ConsentPolicy.LEGAL_ONLINE_CONSENT_AGE ? ConsentPolicy.ART_8 : policy.onlineConsentAgeSource()));
      return surrogateOnly(policy, ConsentPolicy.ordinarySurrogates(), assent, reasons);
    }
    if (scotland && rc == RuleClass.PERSONAL_DATA && age >= 12) {
      reasons.add(Reason.of("consent.scotland-12-data",
          "Scotland, 12 to 15, a decision about their personal data: presumed capable of deciding for"
              + " themself unless assessed otherwise",
          RuleSource.law("Data Protection Act 2018 s.208")));
      return capacityRoute(policy, DecisionRoute.YOUNG_PERSON_UNLESS_ASSESSED_NOT_CAPABLE,
          DecisionAuthority.SELF_SCOTLAND_12_OR_OVER_DATA, coConsent, assent, reasons);
    }
    reasons.add(scotland
        ? Reason.of("consent.scotland-capable-under-16",
            "Scotland, under 16: the young person decides if assessed capable of understanding this"
                + " decision and its consequences; otherwise a person with parental responsibility decides",
            RuleSource.law("Age of Legal Capacity (Scotland) Act 1991 s.2(4)"))
        : Reason.of("consent.gillick",
            "Under 16 in " + (nation == Jurisdiction.NORTHERN_IRELAND ? "Northern Ireland" : "England and Wales")
                + ": the young person decides if assessed competent for this decision (Gillick);"
                + " otherwise a person with parental responsibility decides",
            RuleSource.law("Gillick v West Norfolk and Wisbech AHA [1986] AC 112"
)));
    return capacityRoute(policy, DecisionRoute.YOUNG_PERSON_IF_ASSESSED_CAPABLE,
        DecisionAuthority.SELF_ASSESSED_CAPABLE, coConsent, assent, reasons);
  }

  private static WhoDecides selfOnly(DecisionAuthority self, List<Reason> reasons) {
    return new WhoDecides(DecisionRoute.YOUNG_PERSON, self, Set.of(), false, false, true, reasons);
  }

  private static WhoDecides withCoConsent(
      ConsentPolicy policy, DecisionRoute route, DecisionAuthority self, List<Reason> reasons) {
    reasons.add(coConsentReason(policy));
    holderReason(policy, reasons);
    return new WhoDecides(route, self, ConsentPolicy.ordinarySurrogates(), true, false, true, reasons);
  }

  private static WhoDecides surrogateOnly(
      ConsentPolicy policy, Set<DecisionAuthority> surrogates, boolean assent, List<Reason> reasons) {
    holderReason(policy, reasons);
    assentReasons(policy, assent, reasons);
    return new WhoDecides(DecisionRoute.PARENTAL_RESPONSIBILITY_HOLDER, null,
        EnumSet.copyOf(surrogates), false, assent, true, reasons);
  }

  private static WhoDecides capacityRoute(
      ConsentPolicy policy, DecisionRoute route, DecisionAuthority self, boolean coConsent,
      boolean assent, List<Reason> reasons) {
    if (coConsent) {
      reasons.add(coConsentReason(policy));
    }
    holderReason(policy, reasons);
    assentReasons(policy, assent, reasons);
    return new WhoDecides(route, self, ConsentPolicy.ordinarySurrogates(), coConsent, assent, true, reasons);
  }

  private static Reason coConsentReason(ConsentPolicy policy) {
    return Reason.of("consent.organisation-co-consent",
        "Under " + policy.parentalCoConsentUnder() + ", the organisation also needs the consent of a"
            + " person with parental responsibility beside the young person's own",
        policy.organisationPolicy());
  }

  private static void holderReason(ConsentPolicy policy, List<Reason> reasons) {
    reasons.add(policy.requiresEveryParentalResponsibilityHolder()
        ? Reason.of("consent.every-holder",
            "Every person with parental responsibility must consent", policy.organisationPolicy())
        : Reason.of("consent.one-holder",
            "One person with parental responsibility may consent; a known objection by another holder"
                + " is treated as a disagreement for them to resolve",
            ConsentPolicy.ONE_HOLDER));
  }

  private static void assentReasons(ConsentPolicy policy, boolean assent, List<Reason> reasons) {
    if (assent) {
      reasons.add(Reason.of("consent.assent-sought",
          policy.assentFromAge() + " or over: when someone else consents, the child's own assent is"
              + " sought, with an explanation they can understand",
          policy.assentFromAge() == ConsentPolicy.DEFAULT_ASSENT_FROM_AGE
              ? ConsentPolicy.ASSENT : policy.organisationPolicy()));
    } else {
      reasons.add(Reason.of("consent.assent-not-sought",
          "Under " + policy.assentFromAge() + ": assent is not sought, though the child's"
              + " objection still blocks",
          ConsentPolicy.ASSENT));
    }
    reasons.add(Reason.of("consent.dissent-blocks",
        "A child's dissent blocks taking part, whatever the adults decided", ConsentPolicy.DISSENT));
  }
}
