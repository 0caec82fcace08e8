/** The items every step passes on: a record as read, and where it came from. */
package dev.hisaab.record;
