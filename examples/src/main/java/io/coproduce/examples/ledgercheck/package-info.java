/** Checking a consent ledger file from the command line: intact, or the first bad line and what is wrong there. */
package io.coproduce.examples.ledgercheck;
