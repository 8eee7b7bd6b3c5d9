/**
 * The toolkit every Coproduce module builds its Jackson support with: strict JSON trees (a
 * repeated property is refused), typed access whose errors name the JSON path and withhold
 * personal values, and a module built from {@link io.coproduce.core.json.strict.StrictType}s.
 */
package io.coproduce.core.json.strict;
