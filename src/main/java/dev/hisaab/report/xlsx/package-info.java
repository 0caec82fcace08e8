/**
 * report.xlsx: the auditor's workbook, streamed with fastexcel (a bounded window of rows in memory, strings inline): a
 * summary, control totals, and one sheet per finding category, with typed cells, frozen headers and filters.
 */
package dev.hisaab.report.xlsx;
