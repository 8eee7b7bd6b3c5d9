/** A seeded generator of a fictional coalition scenario built from the library's real domain types, for training and benchmarks. */
package io.coproduce.examples.scenario;
