package io.coproduce.reporting.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) the library ships for other tools, as resources under {@code
 * io/coproduce/reporting/schema/}: one for {@code report.json} and one for a line of the consent
 * ledger file. Stateless and thread-safe.
 */
public final class JsonSchemas {

  /** The resource path of the schema of {@code report.json}. */
  public static final String REPORT_JSON = "/io/coproduce/reporting/schema/report.schema.json";

  /** The resource path of the schema of one line of the consent ledger file. */
  public static final String CONSENT_LEDGER_LINE =
      "/io/coproduce/reporting/schema/consent-ledger-line.schema.json";

  private JsonSchemas() {}

  /** The schema of {@code report.json}, as written by {@link Renderers#json()}. */
  public static String reportJson() {
    return read(REPORT_JSON);
  }

  /**
   * The schema of one line of a consent ledger file ({@code io.coproduce.consent.ledger
   * .FileLedgerStore}): position, previous hash, hash and the record. It checks the shape of a
   * line, not the hash chain: that needs the ledger's own verification.
   */
  public static String consentLedgerLine() {
    return read(CONSENT_LEDGER_LINE);
  }

  private static String read(String resource) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema resource " + resource, e);
    }
  }
}
