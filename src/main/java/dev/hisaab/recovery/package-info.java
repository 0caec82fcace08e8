/**
 * The application-recovery matching: resolving damaged receipts to applications (global, by evidence), then per
 * application (partitioned by key hash) the findings and the rows to restore.
 */
package dev.hisaab.recovery;
