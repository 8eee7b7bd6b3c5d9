/**
 * JSON for the core types: a Jackson module, {@link io.coproduce.core.json.CoproduceCoreModule},
 * that reads and writes them without annotations on the model.
 */
package io.coproduce.core.json;
