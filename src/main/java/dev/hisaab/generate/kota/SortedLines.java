package dev.hisaab.generate.kota;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Sorts the lines of a file of any size in plain string order: sorted runs of bounded size, then a merge. */
final class SortedLines {

    private record Head(String line, BufferedReader reader) {
    }

    private SortedLines() {
    }

    static void sort(Path unsorted, Path target, String header, int linesPerRun) throws IOException {
        List<Path> runs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(unsorted, StandardCharsets.UTF_8)) {
            List<String> chunk = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                chunk.add(line);
                if (chunk.size() == linesPerRun) {
                    runs.add(run(unsorted, runs.size(), chunk));
                }
            }
            if (!chunk.isEmpty() || runs.isEmpty()) {
                runs.add(run(unsorted, runs.size(), chunk));
            }
        }
        PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::line));
        List<BufferedReader> readers = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write('\n');
            for (Path run : runs) {
                BufferedReader reader = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                readers.add(reader);
                String first = reader.readLine();
                if (first != null) {
                    heads.add(new Head(first, reader));
                }
            }
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                out.write(head.line());
                out.write('\n');
                String next = head.reader().readLine();
                if (next != null) {
                    heads.add(new Head(next, head.reader()));
                }
            }
        } finally {
            for (BufferedReader reader : readers) {
                reader.close();
            }
            for (Path run : runs) {
                Files.deleteIfExists(run);
            }
        }
    }

    private static Path run(Path unsorted, int number, List<String> chunk) throws IOException {
        chunk.sort(null);
        Path run = unsorted.resolveSibling(unsorted.getFileName() + ".run" + number);
        try (BufferedWriter out = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            for (String line : chunk) {
                out.write(line);
                out.write('\n');
            }
        }
        chunk.clear();
        return run;
    }
}
