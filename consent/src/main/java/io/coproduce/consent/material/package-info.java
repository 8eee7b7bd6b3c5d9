/**
 * Information materials (sheets, forms, easy-read and pictorial versions): which version a
 * decision rested on, and when a new major version changed it materially.
 */
package io.coproduce.consent.material;
