/** JMH benchmarks of the library's hot paths. Not published. */
package io.coproduce.benchmarks;
