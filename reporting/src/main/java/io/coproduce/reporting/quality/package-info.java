/** The standard participation-quality report: Lundy elements and the rungs of Hart's ladder and Shier's levels across processes and forums. */
package io.coproduce.reporting.quality;
