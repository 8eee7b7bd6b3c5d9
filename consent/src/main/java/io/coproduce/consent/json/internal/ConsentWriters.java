package io.coproduce.consent.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.coproduce.consent.capacity.CapacityAssessment;
import io.coproduce.consent.capacity.CapacityCriterion;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.Evidence;
import io.coproduce.consent.event.Validity;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.consent.ledger.LedgerRecord;
import io.coproduce.consent.material.InformationMaterial;
import io.coproduce.consent.material.Publication;
import io.coproduce.consent.purpose.Purpose;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.json.CoproduceCoreModule;
import io.coproduce.core.json.strict.IsoInstants;
import io.coproduce.core.json.strict.ValueWriter;
import io.coproduce.core.readability.ReadingLevel;
import java.io.IOException;

/**
 * Writes every consent type as canonical JSON: properties in a fixed order, sets sorted,
 * absent optional properties left out, so equal values give identical bytes (the consent
 * ledger hashes them).
 */
final class ConsentWriters {

  private static final ValueWriter<PartyId> PARTY = CoproduceCoreModule.writer(PartyId.class);
  private static final ValueWriter<ReadingLevel> LEVEL = CoproduceCoreModule.writer(ReadingLevel.class);

  private ConsentWriters() {}

  static void material(InformationMaterial m, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.id().value());
    g.writeStringField("version", m.version().toString());
    g.writeStringField("language", m.language());
    if (m.readingLevel() != null) {
      g.writeFieldName("readingLevel");
      LEVEL.write(m.readingLevel(), g, p);
    }
    g.writeEndObject();
  }

  static void publication(Publication pub, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("material", pub.material().value());
    g.writeStringField("version", pub.version().toString());
    g.writeStringField("publishedAt", IsoInstants.format(pub.publishedAt()));
    g.writeEndObject();
  }

  static void evidence(Evidence e, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("method", e.method().name());
    g.writeStringField("recordedBy", e.recordedBy().value());
    if (e.witness() != null) {
      g.writeStringField("witness", e.witness().value());
    }
    if (e.signatureHash() != null) {
      g.writeStringField("signatureHash", e.signatureHash());
    }
    g.writeEndObject();
  }

  static void validity(Validity v, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("from", IsoInstants.format(v.from()));
    if (v.until() != null) {
      g.writeStringField("until", IsoInstants.format(v.until()));
    }
    if (v.reviewOn() != null) {
      g.writeStringField("reviewOn", v.reviewOn().toString());
    }
    g.writeEndObject();
  }

  static void event(ConsentEvent e, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id().value());
    g.writeStringField("subject", e.subject().value());
    g.writeArrayFieldStart("purposes");
    for (Purpose purpose : e.purposes()) {
      g.writeString(purpose.toString());
    }
    g.writeEndArray();
    g.writeStringField("action", e.action().name());
    g.writeStringField("recordedAt", IsoInstants.format(e.recordedAt()));
    g.writeFieldName("decidedBy");
    PARTY.write(e.decidedBy(), g, p);
    if (e.authority() != null) {
      g.writeStringField("authority", e.authority().name());
    }
    if (e.evidence() != null) {
      g.writeFieldName("evidence");
      evidence(e.evidence(), g, p);
    }
    if (e.material() != null) {
      g.writeFieldName("material");
      material(e.material(), g, p);
    }
    if (e.validity() != null) {
      g.writeFieldName("validity");
      validity(e.validity(), g, p);
    }
    g.writeStringField("jurisdiction", e.jurisdiction().code());
    if (!e.withdrawalRoutes().isEmpty()) {
      g.writeArrayFieldStart("withdrawalRoutes");
      for (WithdrawalRoute r : e.withdrawalRoutes()) {
        g.writeString(r.name());
      }
      g.writeEndArray();
    }
    if (e.handling() != null) {
      g.writeStringField("handling", e.handling().name());
    }
    if (e.capacityAssessment() != null) {
      g.writeStringField("capacityAssessment", e.capacityAssessment().value());
    }
    if (e.invalidationGround() != null) {
      g.writeStringField("invalidationGround", e.invalidationGround().name());
    }
    g.writeEndObject();
  }

  static void assessment(CapacityAssessment a, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id().value());
    g.writeStringField("subject", a.subject().value());
    g.writeArrayFieldStart("purposes");
    for (Purpose purpose : a.purposes()) {
      g.writeString(purpose.toString());
    }
    g.writeEndArray();
    g.writeStringField("assessedAt", IsoInstants.format(a.assessedAt()));
    g.writeStringField("assessor", a.assessor().value());
    g.writeArrayFieldStart("criteriaMet");
    for (CapacityCriterion c : a.criteriaMet()) {
      g.writeString(c.name());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void record(LedgerRecord r, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    if (r.kind() == LedgerRecord.Kind.CONSENT_EVENT) {
      g.writeFieldName(ConsentReaders.EVENT);
      event(r.event().orElseThrow(), g, p);
    } else {
      g.writeFieldName(ConsentReaders.ASSESSMENT);
      assessment(r.assessment().orElseThrow(), g, p);
    }
    g.writeEndObject();
  }
}
