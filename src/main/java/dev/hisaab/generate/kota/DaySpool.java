package dev.hisaab.generate.kota;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Holds evidence events in one work file per IST day and hands them back in time order: events are generated
 * consumer by consumer, but the files list them as they happened. Only one day is ever sorted in memory.
 */
final class DaySpool implements Closeable {

    /** Receives one event: its time and its record text. */
    interface Handler {
        void event(long epoch, String record) throws IOException;
    }

    private static final int PREFIX = 22;

    private final Path directory;
    private final Map<Long, BufferedWriter> days = new TreeMap<>();
    private final char[] prefix = new char[PREFIX];
    private long sequence;

    DaySpool(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    void add(long epoch, String record) throws IOException {
        long day = Math.floorDiv(epoch - KotaCalendar.FIRST_DAY, 86_400L);
        BufferedWriter out = days.get(day);
        if (out == null) {
            out = Files.newBufferedWriter(file(day), StandardCharsets.UTF_8);
            days.put(day, out);
        }
        // fixed-width time and sequence: plain string order is time order, ties in generation order
        digits(epoch, 0, 10);
        digits(sequence++, 10, 12);
        out.write(prefix);
        out.write(record);
        out.write('\n');
    }

    private void digits(long value, int from, int width) {
        for (int i = from + width - 1; i >= from; i--) {
            prefix[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Replays every event in time order and deletes the work files. */
    void drain(Handler handler) throws IOException {
        for (Map.Entry<Long, BufferedWriter> entry : days.entrySet()) {
            entry.getValue().close();
            Path file = file(entry.getKey());
            List<String> lines = new ArrayList<>();
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            }
            lines.sort(null);
            for (String line : lines) {
                handler.event(Long.parseLong(line, 0, 10, 10), line.substring(PREFIX));
            }
            Files.delete(file);
        }
        days.clear();
    }

    private Path file(long day) {
        return directory.resolve("day-" + day + ".txt");
    }

    @Override
    public void close() throws IOException {
        for (BufferedWriter out : days.values()) {
            out.close();
        }
    }
}
