/** Age-appropriate engagement guidance per age band, and the check of a session plan against it. */
package io.coproduce.participation.engagement;
