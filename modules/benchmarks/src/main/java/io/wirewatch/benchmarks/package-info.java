/**
 * JMH benchmarks of the judgement (prepare, cluster, entity tagging, fact comparison), one class
 * per stage. Figures go to docs/benchmarks.md with the command that produced them; tests never
 * assert them.
 */
package io.wirewatch.benchmarks;
