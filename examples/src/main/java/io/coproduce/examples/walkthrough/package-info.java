/** A guided walk through the core rules (ages, parental responsibility, reading level) on made-up people. */
package io.coproduce.examples.walkthrough;
