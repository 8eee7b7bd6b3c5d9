package io.coproduce.consent.json;

import io.coproduce.consent.json.internal.ConsentJsonSupport;
import io.coproduce.core.json.CoproduceCoreModule;
import io.coproduce.core.json.strict.StrictModule;
import java.util.List;

/**
 * A Jackson 2 module that reads and writes every consent type without annotations on the
 * model, as strictly as {@link CoproduceCoreModule} (which it registers first). Find it with
 * {@link com.fasterxml.jackson.databind.ObjectMapper#findAndRegisterModules()} or register it
 * directly. Immutable and thread-safe.
 *
 * <h2>Shapes</h2>
 *
 * <table class="striped">
 *   <caption>How each consent type looks in JSON</caption>
 *   <thead>
 *     <tr><th scope="col">Type</th><th scope="col">JSON</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>{@code ConsentEventId}, {@code CapacityAssessmentId}, {@code MaterialId}</td>
 *       <td>the id's text</td></tr>
 *     <tr><td>{@code Purpose}</td><td>{@code "PHOTOGRAPHY"}, {@code "QUOTATION:FIRST_NAME"}</td></tr>
 *     <tr><td>{@code MaterialVersion}</td><td>{@code "2.1"}</td></tr>
 *     <tr><td>consent enums</td><td>the constant's name</td></tr>
 *     <tr><td>{@code InformationMaterial}</td>
 *       <td>{@code {"id", "version", "language", "readingLevel"?}}</td></tr>
 *     <tr><td>{@code Publication}</td><td>{@code {"material", "version", "publishedAt"}}</td></tr>
 *     <tr><td>{@code Evidence}</td>
 *       <td>{@code {"method", "recordedBy", "witness"?, "signatureHash"?}}</td></tr>
 *     <tr><td>{@code Validity}</td><td>{@code {"from", "until"?, "reviewOn"?}}</td></tr>
 *     <tr><td>{@code ConsentEvent}</td>
 *       <td>{@code {"id", "subject", "purposes": [...], "action", "recordedAt", "decidedBy":
 *       {PartyId}, "authority"?, "evidence"?, "material"?, "validity"?, "jurisdiction",
 *       "withdrawalRoutes"?: [...], "handling"?, "capacityAssessment"?, "invalidationGround"?}}</td></tr>
 *     <tr><td>{@code CapacityAssessment}</td>
 *       <td>{@code {"id", "subject", "purposes": [...], "assessedAt", "assessor", "criteriaMet": [...]}}</td></tr>
 *     <tr><td>{@code LedgerRecord}</td>
 *       <td>{@code {"consentEvent": {...}}} or {@code {"capacityAssessment": {...}}}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Instants are ISO strings in UTC ({@code "2026-03-01T10:15:30Z"}), dates ISO dates. Output
 * is canonical (fixed property order, sorted sets, absent optional properties left out), so
 * equal values give identical bytes: the consent ledger's hash chain relies on it. Reading is
 * strict as in the core module: unknown or repeated properties, wrong JSON types, unknown
 * constants, a value listed twice in a set, and anything the model's constructors refuse raise
 * {@link io.coproduce.core.error.InvalidInputException} naming the JSON path.
 */
public final class CoproduceConsentModule extends StrictModule {

  /** Creates the module (also the constructor {@link java.util.ServiceLoader} uses). */
  public CoproduceConsentModule() {
    super("io.coproduce.consent", ConsentJsonSupport.types(), List.of(new CoproduceCoreModule()));
  }
}
