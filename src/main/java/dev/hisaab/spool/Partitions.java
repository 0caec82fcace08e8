package dev.hisaab.spool;

/** Which partition a business key belongs to: stable across runs and JVMs (String.hashCode is specified). */
public final class Partitions {

    private Partitions() {
    }

    /** Partition of a key; a null key (a record not tied to an application yet) goes to partition 0. */
    public static int of(String key, int partitions) {
        return key == null ? 0 : Math.floorMod(key.hashCode(), partitions);
    }
}
