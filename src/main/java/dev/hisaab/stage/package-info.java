/** The stage steps: read one source through its format, normalise each record by role, set malformed rows aside. */
package dev.hisaab.stage;
