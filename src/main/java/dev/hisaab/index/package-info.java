/** In-memory indexes for steps that hold millions of business keys: compact, and fast on keys that differ only in their digits. */
package dev.hisaab.index;
