package dev.hisaab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the launcher ({@code src/main/sh/hisaab}) starts every run with, for a batch run on few cores
 * (measured in docs/benchmarks.md): the parallel collector, unless the options given name another; smaller methods
 * inlined by the optimising compiler, which otherwise spends a fifth of a run's CPU compiling; and transparent huge
 * pages for the heap where the kernel gives them only to memory that asks ({@code madvise}), which saves the kernel a
 * page fault per 4 KB the heap first touches. Options given come after these, so they win. A benchmark run that is
 * to start as a user's does gets the same.
 */
public final class JvmDefaults {

    /** The launcher's collector: made for throughput, it suits batch runs on few cores better than G1. */
    public static final String COLLECTOR = "-XX:+UseParallelGC";
    /** Largest hot method (bytecode bytes) the optimising compiler inlines; the JVM's own default is 325. */
    public static final String INLINING = "-XX:FreqInlineSize=50";

    /** Transparent huge pages for the heap, asked for where the kernel gives them only on request. */
    public static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
    /** The kernel's transparent huge page setting: {@code always [madvise] never}, the chosen one in brackets. */
    private static final Path HUGE_PAGE_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private static final List<String> COLLECTORS = List.of("-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseG1GC",
            "-XX:+UseZGC", "-XX:+UseShenandoahGC", "-XX:+UseEpsilonGC");

    private JvmDefaults() {
    }

    /** The options the launcher adds before {@code given}: all its defaults, but no collector if {@code given} names one. */
    public static List<String> jvmOptions(List<String> given) {
        return jvmOptions(given, hugePageSetting());
    }

    /**
     * As {@link #jvmOptions(List)} on a kernel whose transparent huge page setting reads {@code hugePageSetting}
     * (empty where there is none): huge pages are asked for only under {@code [madvise]}, as under {@code [always]} the
     * kernel gives them anyway and under {@code [never]} not at all.
     */
    static List<String> jvmOptions(List<String> given, String hugePageSetting) {
        List<String> options = new ArrayList<>(List.of(INLINING));
        if (hugePageSetting.contains("[madvise]")) {
            options.add(HUGE_PAGES);
        }
        if (given.stream().noneMatch(COLLECTORS::contains)) {
            options.add(COLLECTOR);
        }
        return options;
    }

    private static String hugePageSetting() {
        try {
            return Files.isReadable(HUGE_PAGE_SETTING) ? Files.readString(HUGE_PAGE_SETTING) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
