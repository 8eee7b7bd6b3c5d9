/** Forums at a layer, their memberships, and the representation links that carry voice between forums. */
package io.coproduce.participation.forum;
