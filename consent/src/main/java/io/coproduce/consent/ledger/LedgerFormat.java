package io.coproduce.consent.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.coproduce.consent.json.CoproduceConsentModule;
import io.coproduce.core.error.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The consent ledger's hash chain and its file format, one JSON line per entry:
 *
 * <pre>{"position":1,"previous":"000…0","hash":"9f2c…","record":{"consentEvent":{…}}}</pre>
 *
 * <p>{@code hash} is the lowercase hex SHA-256 of the UTF-8 bytes of {@code
 * "coproduce-ledger/1\n" + position + "\n" + previous + "\n"} followed by the record's canonical
 * JSON exactly as it appears in the line (written by {@link CoproduceConsentModule}). The first
 * entry's {@code previous} is {@link #GENESIS}. Stateless and thread-safe.
 *
 * <p>The chain detects any change to stored entries by someone who cannot recompute it; to
 * detect a rewrite of the whole chain, publish or countersign the {@link ConsentLedger#headHash()
 * head hash} somewhere the writer of the file cannot reach.
 */
public final class LedgerFormat {

  /** The hash before the first entry: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private static final byte[] DOMAIN = "coproduce-ledger/1\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] LINE_START = "{\"position\":".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PREVIOUS = ",\"previous\":\"".getBytes(StandardCharsets.US_ASCII);
  static final byte[] HASH = "\",\"hash\":\"".getBytes(StandardCharsets.US_ASCII);
  static final byte[] RECORD = "\",\"record\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CoproduceConsentModule());
  private static final ObjectWriter WRITER = MAPPER.writerFor(LedgerRecord.class);
  private static final ObjectReader READER = MAPPER.readerFor(LedgerRecord.class);

  private LedgerFormat() {}

  /** Returns a record's canonical JSON bytes. */
  public static byte[] canonicalJson(LedgerRecord record) {
    Objects.requireNonNull(record, "record");
    try {
      return WRITER.writeValueAsBytes(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a ledger record could not be written as JSON", e);
    }
  }

  /**
   * Reads a record from its JSON.
   *
   * @throws InvalidInputException naming the field when the JSON is not a valid record
   */
  public static LedgerRecord readRecord(byte[] json, int offset, int length) {
    Objects.requireNonNull(json, "json");
    try {
      LedgerRecord record = READER.readValue(json, offset, length);
      if (record == null) {
        throw InvalidInputException.of("ledgerRecord", "must not be null", null);
      }
      return record;
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException e) {
      throw InvalidInputException.of("ledgerRecord", "must be well-formed JSON", null, e);
    }
  }

  /** Returns the hash of an entry with this position, previous hash and record JSON. */
  public static String hash(long position, String previousHash, byte[] recordJson) {
    return hash(position, previousHash.getBytes(StandardCharsets.US_ASCII), 0, recordJson, 0, recordJson.length);
  }

  static String hash(long position, byte[] previous, int previousOffset, byte[] json, int offset, int length) {
    MessageDigest sha = sha256();
    sha.update(DOMAIN);
    sha.update(Long.toString(position).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) '\n');
    sha.update(previous, previousOffset, 64);
    sha.update((byte) '\n');
    sha.update(json, offset, length);
    return hex(sha.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  static String hex(byte[] digest) {
    byte[] out = new byte[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(out, StandardCharsets.US_ASCII);
  }

  /** Returns an entry's line in the file, ending with a newline. */
  static byte[] line(LedgerEntry entry) {
    byte[] position = Long.toString(entry.position()).getBytes(StandardCharsets.US_ASCII);
    byte[] json = entry.recordBytes();
    int size = LINE_START.length + position.length + PREVIOUS.length + 64 + HASH.length + 64
        + RECORD.length + json.length + 2;
    byte[] out = new byte[size];
    int at = 0;
    at = put(out, at, LINE_START);
    at = put(out, at, position);
    at = put(out, at, PREVIOUS);
    at = put(out, at, entry.previousHash().getBytes(StandardCharsets.US_ASCII));
    at = put(out, at, HASH);
    at = put(out, at, entry.hash().getBytes(StandardCharsets.US_ASCII));
    at = put(out, at, RECORD);
    at = put(out, at, json);
    out[at++] = '}';
    out[at] = '\n';
    return out;
  }

  private static int put(byte[] out, int at, byte[] part) {
    System.arraycopy(part, 0, out, at, part.length);
    return at + part.length;
  }

  /** Creates the entry following {@code previousHash} at {@code position}. */
  static LedgerEntry entry(long position, String previousHash, LedgerRecord record) {
    byte[] json = canonicalJson(record);
    return new LedgerEntry(position, previousHash, hash(position, previousHash, json), record, json);
  }

  /**
   * One line of a ledger file taken apart without parsing its record: where each part is, or
   * why the line is not in the format.
   */
  static final class ParsedLine {
    long position;
    int previousOffset;
    int hashOffset;
    int recordOffset;
    int recordLength;
    String problem;

    boolean matchesHash(byte[] line) {
      String expected = hash(position, line, previousOffset, line, recordOffset, recordLength);
      byte[] stored = expected.getBytes(StandardCharsets.US_ASCII);
      return Arrays.equals(stored, 0, 64, line, hashOffset, hashOffset + 64);
    }

    boolean previousIs(byte[] line, byte[] previousHash) {
      return Arrays.equals(previousHash, 0, 64, line, previousOffset, previousOffset + 64);
    }

    String hashText(byte[] line) {
      return new String(line, hashOffset, 64, StandardCharsets.US_ASCII);
    }
  }

  /**
   * Checks stored hashes without allocating per line: one digest, one buffer for the position's
   * digits and one for the hex of the result, reused. Not thread-safe: one per scanning thread.
   */
  static final class Verifier {
    private final MessageDigest sha = sha256();
    private final byte[] header = new byte[DOMAIN.length + 20 + 1 + 64 + 1];
    private final byte[] digest = new byte[32];
    private final byte[] hex = new byte[64];

    Verifier() {
      System.arraycopy(DOMAIN, 0, header, 0, DOMAIN.length);
    }

    /** Whether the hash stored in the parsed line is the hash of its position, previous hash and record. */
    boolean matches(byte[] line, ParsedLine p) {
      // The domain, the position's digits, the previous hash and the newlines between them, in
      // one buffer and one update: the digest then hashes whole blocks straight from the line.
      int digits = 0;
      for (long v = p.position; v > 0 || digits == 0; v /= 10) {
        digits++;
      }
      int at = DOMAIN.length + digits;
      long v = p.position;
      for (int i = at - 1; i >= DOMAIN.length; i--) {
        header[i] = (byte) ('0' + (v % 10));
        v /= 10;
      }
      header[at++] = '\n';
      System.arraycopy(line, p.previousOffset, header, at, 64);
      at += 64;
      header[at++] = '\n';
      sha.update(header, 0, at);
      sha.update(line, p.recordOffset, p.recordLength);
      try {
        sha.digest(digest, 0, 32);
      } catch (java.security.DigestException e) {
        throw new IllegalStateException("SHA-256 gives 32 bytes", e);
      }
      for (int i = 0; i < 32; i++) {
        hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
        hex[2 * i + 1] = HEX[digest[i] & 0xf];
      }
      return Arrays.equals(hex, 0, 64, line, p.hashOffset, p.hashOffset + 64);
    }
  }

  /** Takes apart the line in {@code buf[start, end)} (without its newline). */
  static ParsedLine parse(byte[] buf, int start, int end) {
    return parse(buf, start, end, new ParsedLine());
  }

  /** Takes apart the line in {@code buf[start, end)} into {@code p}, which is reset first. */
  static ParsedLine parse(byte[] buf, int start, int end, ParsedLine p) {
    p.position = 0;
    p.previousOffset = 0;
    p.hashOffset = 0;
    p.recordOffset = 0;
    p.recordLength = 0;
    p.problem = null;
    int at = start;
    if (!startsWith(buf, at, end, LINE_START)) {
      p.problem = "does not start with {\"position\":";
      return p;
    }
    at += LINE_START.length;
    long position = 0;
    int digits = 0;
    while (at < end && buf[at] >= '0' && buf[at] <= '9' && digits < 19) {
      position = position * 10 + (buf[at] - '0');
      at++;
      digits++;
    }
    if (digits == 0 || (digits > 1 && buf[at - digits] == '0')) {
      p.problem = "has no valid position";
      return p;
    }
    p.position = position;
    if (!startsWith(buf, at, end, PREVIOUS)) {
      p.problem = "has no previous hash where expected";
      return p;
    }
    at += PREVIOUS.length;
    if (!isHex(buf, at, end)) {
      p.problem = "has a previous hash that is not 64 lowercase hex digits";
      return p;
    }
    p.previousOffset = at;
    at += 64;
    if (!startsWith(buf, at, end, HASH)) {
      p.problem = "has no hash where expected";
      return p;
    }
    at += HASH.length;
    if (!isHex(buf, at, end)) {
      p.problem = "has a hash that is not 64 lowercase hex digits";
      return p;
    }
    p.hashOffset = at;
    at += 64;
    if (!startsWith(buf, at, end, RECORD)) {
      p.problem = "has no record where expected";
      return p;
    }
    at += RECORD.length;
    if (end - at < 3 || buf[end - 1] != '}' || buf[at] != '{') {
      p.problem = "has a record that is not a JSON object closing the line";
      return p;
    }
    p.recordOffset = at;
    p.recordLength = end - 1 - at;
    return p;
  }

  private static boolean startsWith(byte[] buf, int at, int end, byte[] prefix) {
    return end - at >= prefix.length && Arrays.equals(buf, at, at + prefix.length, prefix, 0, prefix.length);
  }

  private static boolean isHex(byte[] buf, int at, int end) {
    if (end - at < 64) {
      return false;
    }
    for (int i = at; i < at + 64; i++) {
      byte b = buf[i];
      if (!((b >= '0' && b <= '9') || (b >= 'a' && b <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
