/**
 * Runnable training apps over a synthetic, seeded scenario. {@link io.coproduce.examples.Main}
 * is the entry point the README runs.
 */
package io.coproduce.examples;
