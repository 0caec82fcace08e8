/** Job assembly: the Spring Batch steps of a run, built from a job definition, and the run's folder layout. */
package dev.hisaab.job;
