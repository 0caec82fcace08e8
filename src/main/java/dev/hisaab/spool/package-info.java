/** Work files between steps: line-oriented, escaped, written atomically so a crash never leaves a complete-looking file. */
package dev.hisaab.spool;
