/**
 * The member work map: who is doing what, for whom and where, so a coalition can see where its
 * members' work overlaps, where nobody is working, and which members would make good partners
 * for a bid.
 */
package io.coproduce.participation.workmap;
