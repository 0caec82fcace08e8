package dev.hisaab.recovery;

import java.util.List;

/**
 * One fee payment as the evidence shows it: a captured (not refunded) gateway transaction with its callbacks and
 * the portal receipt that cites it, or one counter/kiosk receipt. {@code time} is epoch seconds.
 */
record Payment(String label, long amount, long time, List<String> refs) {
}
