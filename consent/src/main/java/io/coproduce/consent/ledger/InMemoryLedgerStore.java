package io.coproduce.consent.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A ledger store in memory: for tests, training and hosts that persist elsewhere. Nothing
 * survives the process. Thread-safe.
 */
public final class InMemoryLedgerStore implements LedgerStore {

  private final List<LedgerEntry> entries = new ArrayList<>();

  /** An empty store. */
  public InMemoryLedgerStore() {}

  @Override
  public synchronized long size() {
    return entries.size();
  }

  @Override
  public synchronized String headHash() {
    return entries.isEmpty() ? LedgerFormat.GENESIS : entries.get(entries.size() - 1).hash();
  }

  @Override
  public synchronized void write(List<LedgerEntry> batch) {
    for (LedgerEntry e : batch) {
      Objects.requireNonNull(e, "entry");
      if (e.position() != entries.size() + 1) {
        throw new IllegalArgumentException("entries must be written in position order");
      }
      entries.add(e);
    }
  }

  @Override
  public void sync(long position) {
    // Nothing to flush: memory is as durable as this store gets.
  }

  @Override
  public void replay(Consumer<LedgerEntry> sink) {
    List<LedgerEntry> copy;
    synchronized (this) {
      copy = List.copyOf(entries);
    }
    copy.forEach(sink);
  }

  /** Re-derives every hash from the records and checks the chain. */
  @Override
  public synchronized VerificationResult verify() {
    String previous = LedgerFormat.GENESIS;
    for (LedgerEntry e : entries) {
      byte[] json = LedgerFormat.canonicalJson(e.record());
      if (!e.previousHash().equals(previous)) {
        return VerificationResult.badAt(e.position(), "the previous hash does not match the entry before", previous);
      }
      if (!LedgerFormat.hash(e.position(), previous, json).equals(e.hash())) {
        return VerificationResult.badAt(e.position(), "the hash does not match the record", previous);
      }
      previous = e.hash();
    }
    return VerificationResult.intact(entries.size(), previous);
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}
