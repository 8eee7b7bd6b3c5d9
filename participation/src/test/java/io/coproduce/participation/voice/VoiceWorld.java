package io.coproduce.participation.voice;

import io.coproduce.consent.event.CollectedMaterialHandling;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentMethod;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.consent.gate.ConsentGate;
import io.coproduce.consent.ledger.ConsentLedger;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialCatalogue;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.policy.ConsentPolicy;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.core.responsibility.ParentalResponsibility;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import io.coproduce.participation.forum.ForumId;
import io.coproduce.participation.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A small synthetic world for voice tests: people, a consent ledger with terse ways to record
 * grants and withdrawals, and a gate over it; plus short ways to make contributions, decisions and
 * feedback. Not thread-safe.
 */
final class VoiceWorld {

  /** Midday on 1 June 2026 (13:00 in London). */
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ForumId YAG = ForumId.parse("forum-yag");
  static final ForumId BOARD = ForumId.parse("forum-board");
  static final SessionId WORKSHOP = SessionId.parse("session-workshop");
  static final PersonId WORKER = PersonId.parse("st-worker");
  static final InformationMaterial SHEET =
      InformationMaterial.nonText(MaterialId.parse("sheet-quotes"), MaterialVersion.of(1, 0), "en");
  static final String EASY = "We did it. Thank you.";
  static final String HARD = "Notwithstanding considerable organisational complexity, the"
      + " commissioning partnership unanimously determined that comprehensive reconfiguration"
      + " of community-based therapeutic provision necessitates substantial additional"
      + " investigation, consultation and evaluation.";

  final ConsentLedger ledger = ConsentLedger.inMemory();
  ParentalResponsibility responsibility = ParentalResponsibility.empty();
  private int next;

  /** A young person in England who is exactly {@code age} on {@link #TODAY} (birthday 40 days ago). */
  static Person young(String id, int age) {
    return Person.youngPerson(PersonId.parse(id),
        BirthInformation.ofDate(TODAY.minusYears(age).minusDays(40)), Jurisdiction.ENGLAND);
  }

  /** An adult with the given role (a parent, a practitioner). */
  static Person adult(String id, Role role) {
    return Person.of(PersonId.parse(id), BirthInformation.ofDate(LocalDate.of(1980, 3, 3)),
        Jurisdiction.ENGLAND, role);
  }

  static ContributionId cid(String id) {
    return ContributionId.parse(id);
  }

  static DecisionId did(String id) {
    return DecisionId.parse(id);
  }

  static Instant days(long n) {
    return NOW.plus(Duration.ofDays(n));
  }

  static Contribution idea(String id, Person by, Instant at) {
    return Contribution.inForum(cid(id), ContributionKind.IDEA, by.id(), YAG, at, Attribution.FIRST_NAME);
  }

  static Contribution contribution(String id, PersonId by, ForumId forum, Instant at, Attribution attribution) {
    return Contribution.inForum(cid(id), ContributionKind.IDEA, by, forum, at, attribution);
  }

  static Decision decision(String id, Instant at, String... cited) {
    return Decision.of(did(id), DecisionMaker.forum(BOARD), at, DecisionOutcome.ADOPTED,
        "We will open the drop-in on Saturdays.", List.of(cited).stream().map(ContributionId::parse).toList());
  }

  ConsentGate gate() {
    return ConsentGate.of(ledger, ConsentPolicy.defaults(), responsibility, MaterialCatalogue.empty());
  }

  AttributionCheck check() {
    return AttributionCheck.of(gate());
  }

  /** Records the child's birth mother and returns her id. */
  PersonId mother(Person child) {
    PersonId mum = PersonId.parse("mum-" + child.id());
    responsibility = responsibility.with(ResponsibilityClaim.of(mum, child.id(),
        ResponsibilityBasis.BIRTH_MOTHER, child.birth().latestBirthDate()));
    return mum;
  }

  private ConsentEvent.Builder event(Person child, ConsentAction action, Instant at, Purpose... purposes) {
    return ConsentEvent.builder(ConsentEventId.parse("ev-" + (++next)), child.id(), action, at)
        .purposes(List.of(purposes)).jurisdiction(child.jurisdiction());
  }

  /** The young person's own grant (16 or over, or an adult), with no end. */
  ConsentEvent ownGrant(Person child, Instant at, Purpose... purposes) {
    return grant(child, child.id(), selfAuthority(child), at, purposes);
  }

  ConsentEvent grant(Person child, PartyId by, DecisionAuthority authority, Instant at, Purpose... purposes) {
    ConsentEvent e = event(child, ConsentAction.GIVEN, at, purposes).decidedBy(by, authority)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).material(SHEET).validity(Validity.from(at))
        .withdrawalRoutes(WithdrawalRoute.IN_PERSON).build();
    ledger.append(e);
    return e;
  }

  ConsentEvent assent(Person child, Instant at, Purpose... purposes) {
    ConsentEvent e = event(child, ConsentAction.ASSENTED, at, purposes).bySubject(null)
        .evidence(Evidence.of(ConsentMethod.WRITTEN, WORKER)).build();
    ledger.append(e);
    return e;
  }

  /** The young person's own withdrawal, with the given handling of what was collected. */
  ConsentEvent withdrawal(Person child, Instant at, CollectedMaterialHandling handling, Purpose... purposes) {
    ConsentEvent e = event(child, ConsentAction.WITHDRAWN, at, purposes).bySubject(selfAuthority(child))
        .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER)).handling(handling).build();
    ledger.append(e);
    return e;
  }

  ConsentEvent refusal(Person child, Instant at, Purpose... purposes) {
    ConsentEvent e = event(child, ConsentAction.REFUSED, at, purposes).bySubject(selfAuthority(child))
        .evidence(Evidence.of(ConsentMethod.DIGITAL, WORKER)).build();
    ledger.append(e);
    return e;
  }

  private static DecisionAuthority selfAuthority(Person p) {
    return p.ageOn(TODAY).years() >= 18 ? DecisionAuthority.SELF_ADULT : DecisionAuthority.SELF_AGED_16_OR_OVER;
  }
}
