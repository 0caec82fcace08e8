package dev.hisaab.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the launcher ({@code src/main/sh/hisaab}) starts every run with, for a batch run on few cores
 * (measured in docs/benchmarks.md): the parallel collector, unless the options given name another; and smaller
 * methods inlined by the optimising compiler, which otherwise spends a fifth of a run's CPU compiling. Options given
 * come after these, so they win. A benchmark run that is to start as a user's does gets the same.
 */
public final class JvmDefaults {

    /** The launcher's collector: made for throughput, it suits batch runs on few cores better than G1. */
    public static final String COLLECTOR = "-XX:+UseParallelGC";
    /** Largest hot method (bytecode bytes) the optimising compiler inlines; the JVM's own default is 325. */
    public static final String INLINING = "-XX:FreqInlineSize=50";

    private static final List<String> COLLECTORS = List.of("-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseG1GC",
            "-XX:+UseZGC", "-XX:+UseShenandoahGC", "-XX:+UseEpsilonGC");

    private JvmDefaults() {
    }

    /** The options the launcher adds before {@code given}: all its defaults, but no collector if {@code given} names one. */
    public static List<String> jvmOptions(List<String> given) {
        List<String> options = new ArrayList<>(List.of(INLINING));
        if (given.stream().noneMatch(COLLECTORS::contains)) {
            options.add(COLLECTOR);
        }
        return options;
    }
}
