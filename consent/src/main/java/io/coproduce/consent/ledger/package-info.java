/**
 * The consent ledger: an append-only, hash-chained record of consent events and capacity
 * assessments, in memory or in a durable JSON Lines file, with point-in-time status queries
 * and verification that names the first bad entry.
 */
package io.coproduce.consent.ledger;
