/** The default training run: the synthetic scenario through every check and every standard report, written to a folder. */
package io.coproduce.examples.training;
