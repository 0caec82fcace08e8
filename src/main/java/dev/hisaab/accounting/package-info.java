/** Per-source counts and amounts that every run must tie out: read = matched + in findings + rejected. */
package dev.hisaab.accounting;
