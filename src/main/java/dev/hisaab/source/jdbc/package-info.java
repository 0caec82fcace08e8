/** The {@code jdbc} source format: rows of a live PostgreSQL table or query, streamed through a server-side cursor. */
package dev.hisaab.source.jdbc;
