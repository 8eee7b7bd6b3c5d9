/**
 * What a young person is asked to agree to: the closed set of purposes (taking part,
 * photographs, quotes, sharing, research, online platforms and the rest) plus purposes an
 * organisation defines.
 */
package io.coproduce.consent.purpose;
