/** How disclosure control chooses the further cells to hide: the secondary-suppression search and its audit. */
package io.coproduce.reporting.disclosure.internal;
