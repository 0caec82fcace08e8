package dev.hisaab.spool;

import java.io.IOException;
import java.nio.file.Path;

/** Reads the partitions of a {@link PartitionedSpoolWriter} one after another, partition 0 first. */
public final class PartitionedSpoolReader implements AutoCloseable {

    private final Path dir;
    private final String name;
    private final int partitions;
    private int next;
    private SpoolReader current;

    public PartitionedSpoolReader(Path dir, String name, int partitions) {
        this.dir = dir;
        this.name = name;
        this.partitions = partitions;
    }

    /** The next record of any partition, or {@code null} after the last. */
    public String[] read() throws IOException {
        return read(Integer.MAX_VALUE);
    }

    /** The first {@code limit} fields of the next record of any partition, or {@code null} after the last. */
    public String[] read(int limit) throws IOException {
        while (true) {
            if (current == null) {
                if (next >= partitions) {
                    return null;
                }
                current = new SpoolReader(PartitionedSpoolWriter.file(dir, name, next++));
            }
            String[] record = current.read(limit);
            if (record != null) {
                return record;
            }
            current.close();
            current = null;
        }
    }

    /** The next record of any partition as a view of its fields (valid until the next read), or {@code null}. */
    public SpoolFields next() throws IOException {
        while (true) {
            if (current == null) {
                if (next >= partitions) {
                    return null;
                }
                current = new SpoolReader(PartitionedSpoolWriter.file(dir, name, next++));
            }
            SpoolFields record = current.next();
            if (record != null) {
                return record;
            }
            current.close();
            current = null;
        }
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
        }
    }
}
