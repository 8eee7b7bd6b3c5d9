/**
 * Strategic plans as data: aims, their objectives, enablers and indicators; activities members
 * tag to them, indicator measurements, and progress per indicator over time.
 */
package io.coproduce.participation.strategy;
