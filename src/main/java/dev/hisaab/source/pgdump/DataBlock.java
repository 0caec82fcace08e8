package dev.hisaab.source.pgdump;

import java.util.List;

/**
 * The start of the wanted table's rows in a dump: a {@code COPY ... FROM stdin} block or an {@code INSERT} statement.
 *
 * @param table   the table as named in the dump, schema resolved through the search path where known
 * @param columns the column names the rows follow, or {@code null} when the dump does not tell them
 * @param copy    true for a COPY block, false for an INSERT statement
 * @param line    the line of the COPY or INSERT keyword
 */
record DataBlock(TableName table, List<String> columns, boolean copy, long line) {
}
