/**
 * Pseudonymous people: the attributes rules need (birth, jurisdiction, roles, access needs) and
 * optional self-described equality monitoring, every question answerable with "prefer not to
 * say". Never names, addresses, contact details or free-text notes.
 */
package io.coproduce.core.person;
