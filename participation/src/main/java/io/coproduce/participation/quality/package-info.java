/**
 * Participation quality computed from the facts the library holds: the Lundy model's four
 * elements, the rung of Hart's ladder and the level of Shier's pathways a process reached, and
 * findings where participation was tokenistic, decorative or manipulative.
 */
package io.coproduce.participation.quality;
