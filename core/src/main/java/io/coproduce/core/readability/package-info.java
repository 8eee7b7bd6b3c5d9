/**
 * How hard a written text is to read: Flesch reading ease, Flesch-Kincaid grade and UK reading
 * age from counts of sentences, words and syllables, and whether a text suits the youngest reader
 * in an age band.
 */
package io.coproduce.core.readability;
