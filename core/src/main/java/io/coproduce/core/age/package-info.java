/**
 * Ages on a date from what a host knows about a birth (an exact date, a year, or an age range),
 * with UK birthday semantics, and the age bands of the ICO Children's Code extended to 25.
 */
package io.coproduce.core.age;
