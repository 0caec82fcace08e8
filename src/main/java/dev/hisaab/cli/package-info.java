/** The picocli command tree: one class per command, exit codes, and the one-line error handler. */
package dev.hisaab.cli;
