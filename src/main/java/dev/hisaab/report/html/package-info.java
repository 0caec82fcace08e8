/**
 * report.html: one self-contained page (inline CSS, script and SVG charts; no network) with summary cards, control
 * totals that tie out, charts, and a sortable, filterable table of every finding; all data text is escaped.
 */
package dev.hisaab.report.html;
