/** The shape of {@code jobs/*.yml}: typed records, the loader that binds YAML to them, and its errors. */
package dev.hisaab.definition;
