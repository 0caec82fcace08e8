/**
 * Restore and rollback SQL scripts: lost rows to insert and existing rows to change under a guard, literal quoting,
 * the streaming script writer and a JDBC runner.
 */
package dev.hisaab.restore;
