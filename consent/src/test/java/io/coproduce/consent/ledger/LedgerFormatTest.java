package io.coproduce.consent.ledger;

import static io.coproduce.consent.ledger.LedgerFixtures.CHILD;
import static io.coproduce.consent.ledger.LedgerFixtures.PHOTOS;
import static io.coproduce.consent.ledger.LedgerFixtures.T0;
import static io.coproduce.consent.ledger.LedgerFixtures.VIDEO;
import static io.coproduce.consent.ledger.LedgerFixtures.assessment;
import static io.coproduce.consent.ledger.LedgerFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.coproduce.consent.event.ConsentAction;
import io.coproduce.consent.event.ConsentEvent;
import io.coproduce.consent.event.ConsentEventId;
import io.coproduce.consent.event.WithdrawalRoute;
import io.coproduce.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LedgerFormatTest {

  private static final String GIVEN_JSON = "{\"consentEvent\":{\"id\":\"E-1\",\"subject\":\"C-1\","
      + "\"purposes\":[\"PHOTOGRAPHY\",\"VIDEO\"],\"action\":\"GIVEN\",\"recordedAt\":\"2026-03-01T10:00:00Z\","
      + "\"decidedBy\":{\"kind\":\"person\",\"id\":\"M-1\"},\"authority\":\"PARENTAL_RESPONSIBILITY\","
      + "\"evidence\":{\"method\":\"WRITTEN\",\"recordedBy\":\"W-1\"},\"material\":{\"id\":\"photo-sheet\","
      + "\"version\":\"1.0\",\"language\":\"en\",\"readingLevel\":{\"sentences\":10,\"words\":100,\"syllables\":140}},"
      + "\"validity\":{\"from\":\"2026-03-01T10:00:00Z\"},\"jurisdiction\":\"GB-ENG\","
      + "\"withdrawalRoutes\":[\"IN_PERSON\",\"ONLINE_FORM\"]}}";

  @Test
  void genesisIsSixtyFourZeros() {
    assertThat(LedgerFormat.GENESIS).hasSize(64).matches("0{64}");
  }

  @Test
  void canonicalJsonHasAFixedPropertyOrderAndSortedSets() {
    LedgerRecord record = LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, T0, VIDEO, PHOTOS));

    assertThat(new String(LedgerFormat.canonicalJson(record), StandardCharsets.UTF_8)).isEqualTo(GIVEN_JSON);
  }

  @Test
  void equalRecordsBuiltDifferentlyHaveIdenticalCanonicalJson() {
    ConsentEvent a = LedgerFixtures.prefilled("E-1", CHILD, ConsentAction.GIVEN, T0, PHOTOS, VIDEO)
        .withdrawalRoutes(List.of(WithdrawalRoute.ONLINE_FORM, WithdrawalRoute.IN_PERSON))
        .build();
    ConsentEvent b = LedgerFixtures.prefilled("E-1", CHILD, ConsentAction.GIVEN, T0, VIDEO, PHOTOS)
        .withdrawalRoutes(EnumSet.of(WithdrawalRoute.IN_PERSON, WithdrawalRoute.ONLINE_FORM))
        .purposes(Set.of(VIDEO, PHOTOS))
        .build();

    assertThat(a).isEqualTo(b);
    assertThat(LedgerFormat.canonicalJson(LedgerRecord.of(a)))
        .isEqualTo(LedgerFormat.canonicalJson(LedgerRecord.of(b)))
        .isEqualTo(GIVEN_JSON.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void canonicalJsonOfAnAssessment() {
    LedgerRecord record = LedgerRecord.of(assessment("A-7", CHILD, T0, true, VIDEO, PHOTOS));

    assertThat(new String(LedgerFormat.canonicalJson(record), StandardCharsets.UTF_8)).isEqualTo(
        "{\"capacityAssessment\":{\"id\":\"A-7\",\"subject\":\"C-1\",\"purposes\":[\"PHOTOGRAPHY\",\"VIDEO\"],"
            + "\"assessedAt\":\"2026-03-01T10:00:00Z\",\"assessor\":\"A-1\",\"criteriaMet\":["
            + "\"UNDERSTANDS_WHAT_IS_PROPOSED\",\"UNDERSTANDS_CONSEQUENCES\",\"UNDERSTANDS_ALTERNATIVES\","
            + "\"RETAINS_INFORMATION\",\"WEIGHS_INFORMATION\",\"COMMUNICATES_DECISION\"]}}");
  }

  @Test
  void hashIsSha256OfTheDocumentedInput() throws Exception {
    byte[] json = GIVEN_JSON.getBytes(StandardCharsets.UTF_8);
    String previous = "0123456789abcdef".repeat(4);

    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
        ("coproduce-ledger/1\n" + 42 + "\n" + previous + "\n" + GIVEN_JSON).getBytes(StandardCharsets.UTF_8)));

    assertThat(LedgerFormat.hash(42, previous, json)).isEqualTo(expected).matches("[0-9a-f]{64}");
  }

  @Test
  void hashOfTheFirstEntryChainsFromGenesis() throws Exception {
    byte[] json = "{\"x\":1}".getBytes(StandardCharsets.UTF_8);

    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
        ("coproduce-ledger/1\n1\n" + "0".repeat(64) + "\n{\"x\":1}").getBytes(StandardCharsets.UTF_8)));

    assertThat(LedgerFormat.hash(1, LedgerFormat.GENESIS, json)).isEqualTo(expected);
  }

  @Test
  void hashDependsOnPositionPreviousAndRecord() {
    byte[] json = GIVEN_JSON.getBytes(StandardCharsets.UTF_8);
    String base = LedgerFormat.hash(3, LedgerFormat.GENESIS, json);

    assertThat(LedgerFormat.hash(4, LedgerFormat.GENESIS, json)).isNotEqualTo(base);
    assertThat(LedgerFormat.hash(3, "1" + LedgerFormat.GENESIS.substring(1), json)).isNotEqualTo(base);
    assertThat(LedgerFormat.hash(3, LedgerFormat.GENESIS, GIVEN_JSON.replace("E-1", "E-2")
        .getBytes(StandardCharsets.UTF_8))).isNotEqualTo(base);
    assertThat(LedgerFormat.hash(3, LedgerFormat.GENESIS, json)).isEqualTo(base);
  }

  @Test
  void hexWritesLowercaseTwoDigitsPerByte() {
    assertThat(LedgerFormat.hex(new byte[] {0, 1, 15, 16, (byte) 0xab, (byte) 0xff}))
        .isEqualTo("00010f10abff");
  }

  @Test
  void entryChainsTheRecordToThePreviousHash() {
    LedgerRecord record = LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, T0, VIDEO, PHOTOS));
    String previous = "ab".repeat(32);

    LedgerEntry entry = LedgerFormat.entry(7, previous, record);

    assertThat(entry.position()).isEqualTo(7);
    assertThat(entry.previousHash()).isEqualTo(previous);
    assertThat(entry.record()).isEqualTo(record);
    assertThat(entry.recordJson()).isEqualTo(GIVEN_JSON);
    assertThat(entry.hash()).isEqualTo(LedgerFormat.hash(7, previous, GIVEN_JSON.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void lineLaysOutPositionPreviousHashAndRecordThenANewline() {
    LedgerRecord record = LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, T0, VIDEO, PHOTOS));
    LedgerEntry entry = LedgerFormat.entry(12, LedgerFormat.GENESIS, record);

    String line = new String(LedgerFormat.line(entry), StandardCharsets.UTF_8);

    assertThat(line).isEqualTo("{\"position\":12,\"previous\":\"" + LedgerFormat.GENESIS + "\",\"hash\":\""
        + entry.hash() + "\",\"record\":" + GIVEN_JSON + "}\n");
  }

  @Test
  void parseFindsEveryPartOfAWellFormedLine() {
    LedgerEntry entry = LedgerFormat.entry(12, "cd".repeat(32),
        LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, T0, VIDEO, PHOTOS)));
    byte[] line = LedgerFormat.line(entry);

    LedgerFormat.ParsedLine p = LedgerFormat.parse(line, 0, line.length - 1);

    assertThat(p.problem).isNull();
    assertThat(p.position).isEqualTo(12);
    assertThat(new String(line, p.previousOffset, 64, StandardCharsets.US_ASCII)).isEqualTo("cd".repeat(32));
    assertThat(p.hashText(line)).isEqualTo(entry.hash());
    assertThat(new String(line, p.recordOffset, p.recordLength, StandardCharsets.UTF_8)).isEqualTo(GIVEN_JSON);
    assertThat(p.matchesHash(line)).isTrue();
    assertThat(p.previousIs(line, "cd".repeat(32).getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(p.previousIs(line, LedgerFormat.GENESIS.getBytes(StandardCharsets.US_ASCII))).isFalse();
  }

  @Test
  void parseNamesWhatIsWrongWithALine() {
    String h = "ab".repeat(32);
    String tail = "\",\"record\":{\"a\":1}}";
    assertThat(problem("{\"pos\":1}")).isEqualTo("does not start with {\"position\":");
    assertThat(problem("{\"position\":,\"previous\":\"" + h)).isEqualTo("has no valid position");
    assertThat(problem("{\"position\":01,\"previous\":\"" + h)).isEqualTo("has no valid position");
    assertThat(problem("{\"position\":1x\"previous\":\"" + h)).isEqualTo("has no previous hash where expected");
    assertThat(problem("{\"position\":1,\"previous\":\"" + h.substring(1) + "A"))
        .isEqualTo("has a previous hash that is not 64 lowercase hex digits");
    assertThat(problem("{\"position\":1,\"previous\":\"" + h.substring(2)))
        .isEqualTo("has a previous hash that is not 64 lowercase hex digits");
    assertThat(problem("{\"position\":1,\"previous\":\"" + h + "\",\"hush\":\""))
        .isEqualTo("has no hash where expected");
    assertThat(problem("{\"position\":1,\"previous\":\"" + h + "\",\"hash\":\"" + h.replace('a', 'g')))
        .isEqualTo("has a hash that is not 64 lowercase hex digits");
    assertThat(problem("{\"position\":1,\"previous\":\"" + h + "\",\"hash\":\"" + h + "\",\"rec\":{}}"))
        .isEqualTo("has no record where expected");
    assertThat(problem("{\"position\":1,\"previous\":\"" + h + "\",\"hash\":\"" + h + "\",\"record\":[1]}"))
        .isEqualTo("has a record that is not a JSON object closing the line");
    assertThat(problem("{\"position\":1,\"previous\":\"" + h + "\",\"hash\":\"" + h + "\",\"record\":{}"))
        .isEqualTo("has a record that is not a JSON object closing the line");
    assertThat(problem("{\"position\":1,\"previous\":\"" + h + "\",\"hash\":\"" + h + tail + "x"))
        .isEqualTo("has a record that is not a JSON object closing the line");
    assertThat(problem("{\"position\":10,\"previous\":\"" + h + "\",\"hash\":\"" + h + tail)).isNull();
    assertThat(problem("{\"position\":0,\"previous\":\"" + h + "\",\"hash\":\"" + h + tail)).isNull();
  }

  @Test
  void parseReadsLongPositionsAndStopsAtNineteenDigits() {
    String h = "ab".repeat(32);
    String rest = ",\"previous\":\"" + h + "\",\"hash\":\"" + h + "\",\"record\":{\"a\":1}}";
    byte[] line = ("{\"position\":1234567890123456789" + rest).getBytes(StandardCharsets.US_ASCII);
    byte[] tooLong = ("{\"position\":12345678901234567890" + rest).getBytes(StandardCharsets.US_ASCII);

    assertThat(LedgerFormat.parse(line, 0, line.length).position).isEqualTo(1234567890123456789L);
    assertThat(LedgerFormat.parse(tooLong, 0, tooLong.length).problem).isEqualTo("has no previous hash where expected");
  }

  @Test
  void parseLooksOnlyBetweenStartAndEnd() {
    LedgerEntry entry = LedgerFormat.entry(1, LedgerFormat.GENESIS,
        LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, T0, PHOTOS)));
    byte[] line = LedgerFormat.line(entry);
    byte[] padded = new byte[line.length + 10];
    System.arraycopy(line, 0, padded, 5, line.length);

    LedgerFormat.ParsedLine p = LedgerFormat.parse(padded, 5, 5 + line.length - 1);

    assertThat(p.problem).isNull();
    assertThat(p.matchesHash(padded)).isTrue();
    assertThat(LedgerFormat.parse(padded, 5, 5 + line.length - 30).problem)
        .isEqualTo("has a record that is not a JSON object closing the line");
  }

  @Test
  void readRecordReadsBackCanonicalJson() {
    LedgerRecord record = LedgerRecord.of(event("E-1", CHILD, ConsentAction.GIVEN, T0, VIDEO, PHOTOS));
    byte[] json = LedgerFormat.canonicalJson(record);
    byte[] padded = new byte[json.length + 4];
    System.arraycopy(json, 0, padded, 2, json.length);

    assertThat(LedgerFormat.readRecord(json, 0, json.length)).isEqualTo(record);
    assertThat(LedgerFormat.readRecord(padded, 2, json.length)).isEqualTo(record);
  }

  @Test
  void readRecordReportsMalformedJsonAsInvalidInput() {
    byte[] json = "{\"consentEvent\":".getBytes(StandardCharsets.UTF_8);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> LedgerFormat.readRecord(json, 0, json.length));

    assertThat(e.field()).isEqualTo("ledgerRecord");
    assertThat(e.rule()).isEqualTo("must be well-formed JSON");
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void readRecordKeepsTheFieldOfAnInvalidRecord() {
    byte[] json = GIVEN_JSON.replace("\"GIVEN\"", "\"GRANTED\"").getBytes(StandardCharsets.UTF_8);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> LedgerFormat.readRecord(json, 0, json.length));

    assertThat(e.field()).isEqualTo("ledgerRecord.consentEvent.action");
  }

  @Test
  void readRecordRefusesJsonNull() {
    byte[] json = "null".getBytes(StandardCharsets.UTF_8);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> LedgerFormat.readRecord(json, 0, json.length));

    assertThat(e.field()).isEqualTo("ledgerRecord");
    assertThat(e.rule()).isEqualTo("must not be null");
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> LedgerFormat.canonicalJson(null))
        .isInstanceOf(NullPointerException.class).hasMessage("record");
    assertThatThrownBy(() -> LedgerFormat.readRecord(null, 0, 0))
        .isInstanceOf(NullPointerException.class).hasMessage("json");
  }

  @Test
  void canonicalJsonKeepsTheEventIdText() {
    ConsentEvent e = event("E-1", CHILD, ConsentAction.REQUESTED, T0, PHOTOS);

    assertThat(new String(LedgerFormat.canonicalJson(LedgerRecord.of(e)), StandardCharsets.UTF_8))
        .startsWith("{\"consentEvent\":{\"id\":\"" + new ConsentEventId("E-1").value() + "\"");
  }

  private static String problem(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return LedgerFormat.parse(bytes, 0, bytes.length).problem;
  }
}
