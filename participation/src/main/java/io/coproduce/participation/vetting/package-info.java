/**
 * Vetting: the checks adults hold, and the Disclosure and Barring Service's frequency test that
 * tells, from an adult's history of work with children, when that work has become regulated
 * activity needing an enhanced check with the Children's Barred List.
 */
package io.coproduce.participation.vetting;
