/**
 * {@code hisaab bench}: generates the scenarios at a chosen scale, runs each job end to end in its own JVM several
 * times, checks the findings against the generator's known answers, and reports wall time, per-step throughput, peak
 * heap and peak RSS, beside what Commons CSV alone parses from the same CSV files.
 */
package dev.hisaab.bench;
