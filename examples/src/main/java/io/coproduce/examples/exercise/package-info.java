/** Guided exercises for trainees: a made-up situation, then the library's answer computed live with its reasons. */
package io.coproduce.examples.exercise;
