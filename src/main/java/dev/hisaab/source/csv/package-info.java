/** Delimited text input (receipts, gateway settlement reports): the {@code csv} source format on Apache Commons CSV. */
package dev.hisaab.source.csv;
