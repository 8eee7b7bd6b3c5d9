/**
 * The one unchecked exception family of the library: invalid input, unknown references and
 * refused policies, each naming the field and rule involved and never carrying personal data.
 */
package io.coproduce.core.error;
