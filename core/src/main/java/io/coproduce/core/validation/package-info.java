/**
 * Bean Validation constraints hosts put on their own request DTOs and imported files, so input
 * is checked at the boundary with the same rules the library's value types enforce. Time-based
 * constraints read the validator's {@link jakarta.validation.ClockProvider}, never the wall clock
 * directly.
 */
package io.coproduce.core.validation;
