package dev.hisaab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak heap from a unified GC log ({@code -Xlog:gc,gc+heap+exit}): the largest heap occupancy before any collection
 * ({@code 1234M->567M(2048M)}), and the occupancy at exit (summed over generations), which covers a run that ends
 * before its next collection.
 */
final class GcLog {

    private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->\\d+[KMG]\\(\\d+[KMG]\\)");
    private static final Pattern EXIT_USED = Pattern.compile("\\btotal \\d+K, used (\\d+)K");

    private GcLog() {
    }

    /** The peak heap in bytes, or -1 when the log is missing or holds neither. */
    static long peakHeapBytes(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return -1;
        }
        long peak = -1;
        long atExit = -1;
        for (String line : Files.readAllLines(log)) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)) * unit(m.group(2).charAt(0)));
            }
            Matcher exit = EXIT_USED.matcher(line);
            if (exit.find()) {
                // one line for G1 ("garbage-first heap"), one per generation for Parallel and Serial: their sum
                atExit = Math.max(atExit, 0) + Long.parseLong(exit.group(1)) * 1024;
            }
        }
        return Math.max(peak, atExit);
    }

    private static long unit(char c) {
        switch (c) {
            case 'G':
                return 1L << 30;
            case 'M':
                return 1L << 20;
            default:
                return 1L << 10;
        }
    }
}
