/** Evidence read from the inputs, normalised: receipts, gateway transactions, callbacks, application rows. */
package dev.hisaab.evidence;
