/**
 * Fixtures that break the architecture rules on purpose, so that {@code CoproduceArchitectureTest}
 * can show each rule fails. The sub-packages {@code core}, {@code consent}, {@code participation},
 * {@code reporting}, {@code examples} and {@code benchmarks} stand for the modules; below them one
 * marker package per rule ({@code layering}, {@code clock}, {@code console}, {@code grabbag},
 * {@code leak}) holds that rule's fixture, with compliant look-alikes beside the violations.
 * Test code only: the real architecture test does not import it.
 */
package io.coproduce.archfixture;
