package io.coproduce.consent.ledger;

import java.io.Closeable;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a {@link ConsentLedger} keeps its entries. Two implementations ship: {@link
 * InMemoryLedgerStore} and the durable {@link FileLedgerStore}; a host may write its own (a
 * database table), keeping the contract below.
 *
 * <ul>
 *   <li>Entries are only ever appended, in position order, after the last one.
 *   <li>{@link #write(List)} may return before the entries are durable; {@link #sync(long)}
 *       returns only once every entry up to the position is durable. The ledger acknowledges an
 *       append only after {@code sync}. Concurrent {@code sync} calls may share one flush to
 *       disk (group commit).
 *   <li>{@link #replay(Consumer)} gives every stored entry, in order, with its record.
 * </ul>
 *
 * <p>The ledger calls {@code write} from one thread at a time and {@code sync} from any thread.
 */
public interface LedgerStore extends Closeable {

  /** Returns how many entries are stored. */
  long size();

  /** Returns the hash of the last entry, or {@link LedgerFormat#GENESIS} when there is none. */
  String headHash();

  /**
   * Appends entries after the last one; they need not be durable yet.
   *
   * @throws LedgerIntegrityException when the storage fails; the store then accepts no more
   */
  void write(List<LedgerEntry> entries);

  /**
   * Returns once every entry up to {@code position} is durable.
   *
   * @throws LedgerIntegrityException when the storage fails
   */
  void sync(long position);

  /** Gives every stored entry to {@code sink}, in order. */
  void replay(Consumer<LedgerEntry> sink);

  /** Checks every stored entry against the hash chain and names the first bad position. */
  VerificationResult verify();

  /** Releases the storage; the store accepts nothing afterwards. */
  @Override
  void close();
}
