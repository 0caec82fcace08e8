package dev.hisaab.spool;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One work file per partition ({@code <name>.p<k>.spool}), each record routed by its key's hash, so that a partition
 * of a later step reads only its own share. Commits or discards all files together.
 */
public final class PartitionedSpoolWriter implements AutoCloseable {

    private final SpoolWriter[] writers;

    public PartitionedSpoolWriter(Path dir, String name, int partitions) throws IOException {
        writers = new SpoolWriter[partitions];
        try {
            for (int k = 0; k < partitions; k++) {
                writers[k] = new SpoolWriter(file(dir, name, k));
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** The file of partition {@code k}. */
    public static Path file(Path dir, String name, int k) {
        return dir.resolve(name + ".p" + k + ".spool");
    }

    private static final Pattern PARTITION_FILE = Pattern.compile("(.+)\\.p\\d+\\.spool");

    /** The name whose partition {@code file} is (as {@link #file} names it), or null for any other file. */
    public static String nameOf(Path file) {
        Matcher m = PARTITION_FILE.matcher(file.getFileName().toString());
        return m.matches() ? m.group(1) : null;
    }

    /** {@link SpoolWriter#shareLeading} for every partition's file; before the first record. */
    public PartitionedSpoolWriter shareLeading(int fields) {
        for (SpoolWriter w : writers) {
            w.shareLeading(fields);
        }
        return this;
    }

    public void write(String key, String... fields) throws IOException {
        writers[Partitions.of(key, writers.length)].write(fields);
    }

    /** Appends a record that writes its own fields to the partition of {@code key}. */
    public void write(String key, SpoolRecord record) throws IOException {
        writers[Partitions.of(key, writers.length)].write(record);
    }

    public void commit() throws IOException {
        for (SpoolWriter w : writers) {
            w.commit();
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (SpoolWriter w : writers) {
            if (w == null) {
                continue;
            }
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
