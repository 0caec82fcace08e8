/**
 * report.xlsx: the auditor's workbook, streamed with POI's SXSSF (a bounded window of rows in memory): a summary,
 * control totals, and one sheet per finding category, with typed cells, frozen headers and filters.
 */
package dev.hisaab.report.xlsx;
