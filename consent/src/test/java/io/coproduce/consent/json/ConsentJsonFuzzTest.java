package io.coproduce.consent.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coproduce.consent.ledger.LedgerFormat;
import io.coproduce.consent.ledger.LedgerRecord;
import io.coproduce.core.error.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * For any text, reading it as a {@link LedgerRecord} gives a record (or nothing, for JSON {@code
 * null}), an {@link InvalidInputException} for well-formed JSON that is not a valid record, or
 * Jackson's {@link JsonProcessingException} for malformed JSON; anything else (a {@code
 * NullPointerException}, an {@code IllegalArgumentException}, a stack overflow) is a bug. The
 * ledger's own {@link LedgerFormat#readRecord(byte[], int, int)} gives a record or an {@code
 * InvalidInputException} for the same bytes, and a record read writes back to canonical JSON that
 * reads as the same record. In a normal build this replays the inputs under {@code
 * ConsentJsonFuzzTestInputs}; set {@code JAZZER_FUZZ=1} to fuzz.
 */
class ConsentJsonFuzzTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CoproduceConsentModule());

  @FuzzTest(maxDuration = "60s")
  void readsLedgerRecordFromText(byte[] input) throws IOException {
    String text = new String(input, StandardCharsets.UTF_8);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    LedgerRecord record;
    try {
      record = MAPPER.readValue(text, LedgerRecord.class);
    } catch (InvalidInputException | JsonProcessingException expected) {
      record = null;
    }
    LedgerRecord asTheLedgerReadsIt;
    try {
      asTheLedgerReadsIt = LedgerFormat.readRecord(bytes, 0, bytes.length);
    } catch (InvalidInputException expected) {
      asTheLedgerReadsIt = null;
    }
    if (record == null) {
      return;
    }
    byte[] canonical = LedgerFormat.canonicalJson(record);
    assertThat(canonical).isEqualTo(MAPPER.writeValueAsBytes(record));
    assertThat(MAPPER.readValue(canonical, LedgerRecord.class)).isEqualTo(record);
    assertThat(LedgerFormat.readRecord(canonical, 0, canonical.length)).isEqualTo(record);
    if (asTheLedgerReadsIt != null) {
      assertThat(asTheLedgerReadsIt).isEqualTo(record);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void theLedgerReaderGivesARecordOrInvalidInput(byte[] input) {
    try {
      LedgerRecord record = LedgerFormat.readRecord(input, 0, input.length);
      assertThat(record).isNotNull();
    } catch (InvalidInputException expected) {
      assertThat(expected.field()).startsWith("ledgerRecord");
    }
  }
}
