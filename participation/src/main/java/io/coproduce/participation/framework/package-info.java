/**
 * Frameworks as data (Lundy, Shier's pathways, Hear by Right, the seven principles of a
 * whole-system approach, or a host's own) and assessments against them: declared and computed
 * answers, which one counts, and scores per element and overall.
 */
package io.coproduce.participation.framework;
