/**
 * Implementation of {@link io.coproduce.core.json.CoproduceCoreModule}: the serializers,
 * deserializers and strict JSON tree readers behind it. Not exported; not an API.
 */
package io.coproduce.core.json.internal;
