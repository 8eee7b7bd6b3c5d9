/**
 * Implementation of {@link io.coproduce.consent.json.CoproduceConsentModule}: the strict
 * readers and canonical writers behind it. Not exported; not an API.
 */
package io.coproduce.consent.json.internal;
