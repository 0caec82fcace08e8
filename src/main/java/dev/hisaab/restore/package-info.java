/** Restore and rollback SQL scripts for lost rows: literal quoting, the streaming script writer and a JDBC runner. */
package dev.hisaab.restore;
