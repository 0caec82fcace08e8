package dev.hisaab.bench;

import java.util.List;

/**
 * The garbage collector the launcher starts runs with ({@code src/main/sh/hisaab}): the parallel collector, unless
 * the options given name one. A benchmark run that is to start as a user's does gets the same.
 */
public final class Collector {

    /** The launcher's collector: made for throughput, it suits batch runs on few cores better than G1. */
    public static final String DEFAULT = "-XX:+UseParallelGC";

    private static final List<String> CHOICES = List.of("-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseG1GC",
            "-XX:+UseZGC", "-XX:+UseShenandoahGC", "-XX:+UseEpsilonGC");

    private Collector() {
    }

    /** The option the launcher adds to {@code given}: the default collector, or none when {@code given} names one. */
    public static List<String> jvmOptions(List<String> given) {
        return given.stream().anyMatch(CHOICES::contains) ? List.of() : List.of(DEFAULT);
    }
}
