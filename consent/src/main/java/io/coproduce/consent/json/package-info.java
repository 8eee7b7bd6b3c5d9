/** JSON for the consent types: a Jackson module, strict on reading and canonical on writing. */
package io.coproduce.consent.json;
