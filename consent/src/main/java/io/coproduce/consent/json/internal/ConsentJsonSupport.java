package io.coproduce.consent.json.internal;

import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.capacity.CapacityAssessmentId;
import io.coproduce.consent.capacity.CapacityCriterion;
import io.coproduce.consent.capacity.CapacityOutcome;
import io.coproduce.consent.event.CollectedMaterialHandling;
import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.ConsentMethod;
import io.coproduce.consent.event.ConsentStatus;
import io.coproduce.consent.event.DecisionAuthority;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.event.InvalidationGround;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.consent.ledger.LedgerRecord;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.MaterialId;
import io.coproduce.consent.material.MaterialVersion;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.policy.DecisionRoute;
import io.coproduce.consent.policy.ParentalInvolvement;
import io.coproduce.consent.purpose.OnlineServiceKind;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.consent.purpose.PurposeKind;
import io.coproduce.consent.purpose.QuoteAttribution;
import io.coproduce.consent.purpose.ResearchKind;
import io.coproduce.core.json.strict.StrictType;
import java.util.List;
import java.util.Locale;

/**
 * The strict types {@link io.coproduce.consent.json.CoproduceConsentModule} is built from.
 * Public only so the module in the exported package can reach it.
 */
public final class ConsentJsonSupport {

  private ConsentJsonSupport() {}

  /** Returns every consent type, in registration order. */
  public static List<StrictType<?>> types() {
    return List.of(
        StrictType.text(ConsentEventId.class, "consentEventId", ConsentReaders.EVENT_ID, ConsentEventId::value),
        StrictType.text(CapacityAssessmentId.class, "capacityAssessmentId", ConsentReaders.ASSESSMENT_ID,
            CapacityAssessmentId::value),
        StrictType.text(MaterialId.class, "materialId", ConsentReaders.MATERIAL_ID, MaterialId::value),
        StrictType.text(MaterialVersion.class, "materialVersion", ConsentReaders.VERSION, MaterialVersion::toString),
        StrictType.text(Purpose.class, "purpose", ConsentReaders.PURPOSE, Purpose::toString),
        StrictType.of(InformationMaterial.class, "informationMaterial", ConsentReaders::material,
            ConsentWriters::material),
        StrictType.of(Publication.class, "publication", ConsentReaders::publication,
            ConsentWriters::publication),
        StrictType.of(Evidence.class, "evidence", ConsentReaders::evidence, ConsentWriters::evidence),
        StrictType.of(Validity.class, "validity", ConsentReaders::validity, ConsentWriters::validity),
        StrictType.of(ConsentEvent.class, ConsentReaders.EVENT, ConsentReaders::event, ConsentWriters::event),
        StrictType.of(CapacityAssessment.class, ConsentReaders.ASSESSMENT, ConsentReaders::assessment,
            ConsentWriters::assessment),
        StrictType.of(LedgerRecord.class, "ledgerRecord", ConsentReaders::record, ConsentWriters::record),
        constant(PurposeKind.class),
        constant(QuoteAttribution.class),
        constant(ResearchKind.class),
        constant(OnlineServiceKind.class),
        constant(ConsentAction.class),
        constant(ConsentStatus.class),
        constant(DecisionAuthority.class),
        constant(ConsentMethod.class),
        constant(WithdrawalRoute.class),
        constant(CollectedMaterialHandling.class),
        constant(InvalidationGround.class),
        constant(CapacityCriterion.class),
        constant(CapacityOutcome.class),
        constant(DecisionRoute.class),
        constant(ParentalInvolvement.class));
  }

  private static <E extends Enum<E>> StrictType<E> constant(Class<E> type) {
    String simple = type.getSimpleName();
    return StrictType.constant(type, simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1));
  }
}
