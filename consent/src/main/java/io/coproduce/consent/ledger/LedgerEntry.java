package io.coproduce.consent.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One entry of the consent ledger: its position (1 for the first), the hash of the entry before
 * it, the record, and its own hash. The hash is SHA-256 over the position, the previous hash and
 * the record's canonical JSON (see {@link LedgerFormat}), so editing, dropping or reordering any
 * entry breaks the chain from there on. Immutable and thread-safe.
 */
public final class LedgerEntry {

  private final long position;
  private final String previousHash;
  private final String hash;
  private final LedgerRecord record;
  private final byte[] recordJson;

  LedgerEntry(long position, String previousHash, String hash, LedgerRecord record, byte[] recordJson) {
    this.position = position;
    this.previousHash = previousHash;
    this.hash = hash;
    this.record = record;
    this.recordJson = recordJson;
  }

  /** Returns the position, 1 for the first entry. */
  public long position() {
    return position;
  }

  /** Returns the hash of the entry before (64 zeros for the first). */
  public String previousHash() {
    return previousHash;
  }

  /** Returns this entry's hash, lowercase hex SHA-256. */
  public String hash() {
    return hash;
  }

  /** Returns the record. */
  public LedgerRecord record() {
    return record;
  }

  /** Returns the record's canonical JSON, exactly as hashed. */
  public String recordJson() {
    return new String(recordJson, StandardCharsets.UTF_8);
  }

  byte[] recordBytes() {
    return recordJson;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LedgerEntry other && position == other.position && hash.equals(other.hash)
        && previousHash.equals(other.previousHash) && record.equals(other.record);
  }

  @Override
  public int hashCode() {
    return Objects.hash(position, hash);
  }

  /** Returns the position and hash; never the record's content. */
  @Override
  public String toString() {
    return "LedgerEntry[" + position + ", " + record.kind() + " " + record.idText() + ", " + hash + "]";
  }
}
