/** The influence report: contributions, decisions, feedback on time and its median delay, from mergeable tallies. */
package io.coproduce.reporting.influence;
