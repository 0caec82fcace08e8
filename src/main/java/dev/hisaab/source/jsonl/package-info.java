/** JSON lines input (gateway callback and webhook logs): the {@code jsonl} source format, flattened to dotted paths. */
package dev.hisaab.source.jsonl;
