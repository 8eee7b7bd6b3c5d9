/**
 * How rules explain themselves: every decision the library makes carries {@link
 * io.coproduce.core.rule.Reason reasons}, each naming the rule and its {@link
 * io.coproduce.core.rule.RuleSource source} (a law, statutory guidance, recognised guidance or
 * an organisation's own policy).
 */
package io.coproduce.core.rule;
