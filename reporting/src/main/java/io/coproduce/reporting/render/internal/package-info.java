/** How the renderers turn released cells, tables and sections into text, markup and SVG. */
package io.coproduce.reporting.render.internal;
