/**
 * Connecting to PostgreSQL safely: JDBC URLs that never carry a password, and logins whose password comes from the
 * environment or a file and is never printed; also the work database chosen before the Spring context starts.
 */
package dev.hisaab.database;
