package dev.hisaab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTests {

    @TempDir
    Path dir;

    @Test
    void peakIsTheLargestHeapBeforeACollectionOrAtExit() throws IOException {
        Path log = dir.resolve("gc.log");
        Files.writeString(log, """
                [0.004s][info][gc] Using G1
                [1.2s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms
                [9.1s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 1843M->912M(2048M) 80.1ms
                [9.9s][info][gc] GC(8) Pause Remark 1950M->1660M(2996M) 5.331ms
                [12.0s][info][gc,heap,exit]  garbage-first heap   total 397312K, used 4675K [0x0, 0x0)
                [12.0s][info][gc,heap,exit]  Metaspace       used 52K, committed 128K, reserved 1114112K
                """);

        assertThat(GcLog.peakHeapBytes(log)).isEqualTo(1950L << 20);
    }

    @Test
    void sumsTheGenerationsAtExitOfAParallelCollector() throws IOException {
        Path log = dir.resolve("parallel.log");
        Files.writeString(log, """
                [0.051s][info][gc,heap,exit]  PSYoungGen      total 113152K, used 7782K [0x0, 0x0, 0x0)
                [0.051s][info][gc,heap,exit]   eden space 97280K, 8% used [0x0,0x0,0x0)
                [0.051s][info][gc,heap,exit]  ParOldGen       total 258048K, used 1000K [0x0, 0x0, 0x0)
                [0.051s][info][gc,heap,exit]  Metaspace       used 108K, committed 192K, reserved 1114112K
                """);

        assertThat(GcLog.peakHeapBytes(log)).isEqualTo((7782L + 1000L) * 1024);
        assertThat(GcLog.peakHeapBytes(dir.resolve("missing.log"))).isEqualTo(-1);
    }
}
