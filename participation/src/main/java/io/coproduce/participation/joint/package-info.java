/**
 * Joint working between two membership groups that keep their own identities: their steering
 * groups, the liaisons who sit on each other's, the areas of work they agree to share, and the
 * consultation responses they write together.
 */
package io.coproduce.participation.joint;
