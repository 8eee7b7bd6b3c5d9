/** Implementation detail shared by participation's packages; not exported. */
package io.coproduce.participation.internal;
