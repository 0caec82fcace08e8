/**
 * Reads the rows of one table from a PostgreSQL {@code pg_dump} plain-format SQL dump ({@code COPY ... FROM stdin}
 * blocks and {@code INSERT} statements), streaming the file once.
 */
package dev.hisaab.source.pgdump;
