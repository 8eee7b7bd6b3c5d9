/** The layers of multi-layered co-production, from a young person's own care to the nation. */
package io.coproduce.participation.layer;
