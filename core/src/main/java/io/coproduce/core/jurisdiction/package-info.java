/** The four UK nations whose law decides consent, capacity and parental responsibility. */
package io.coproduce.core.jurisdiction;
