/**
 * Renderers of released publications (JSON, CSV, Markdown, self-contained HTML), the JSON
 * Schemas they and the consent ledger follow, and the embedding API a host writes reports with.
 */
package io.coproduce.reporting.render;
