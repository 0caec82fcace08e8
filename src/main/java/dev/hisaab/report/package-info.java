/** The run's outputs for people and tools: findings.csv, rejects.csv, summary.json, and the terminal summary. */
package dev.hisaab.report;
