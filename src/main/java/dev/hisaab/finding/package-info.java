/** The result model: finding categories and findings, each citing its evidence as {@code file:line}. */
package dev.hisaab.finding;
