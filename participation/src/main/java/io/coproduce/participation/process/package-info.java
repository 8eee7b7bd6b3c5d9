/** Co-production processes: ordered, dated phases, each aiming for a level of participation. */
package io.coproduce.participation.process;
