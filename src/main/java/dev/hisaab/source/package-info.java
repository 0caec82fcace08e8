/** Input formats: the extension point {@link dev.hisaab.source.SourceFormat} and the registry that finds one by type. */
package dev.hisaab.source;
