/**
 * Parental responsibility: who holds it for a child, on what basis, from and until when, and a
 * rule that answers "does X hold parental responsibility for Y on date D, and why", per UK nation.
 */
package io.coproduce.core.responsibility;
