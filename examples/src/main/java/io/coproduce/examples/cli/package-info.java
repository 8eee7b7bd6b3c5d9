/** The training app's command line: the default training run, its options, and the sub-commands. */
package io.coproduce.examples.cli;
