/** Voice to decision to feedback: contributions, the decisions they informed, and the feedback owed to every contributor. */
package io.coproduce.participation.voice;
