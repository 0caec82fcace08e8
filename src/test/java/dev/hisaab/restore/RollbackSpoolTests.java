package dev.hisaab.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollbackSpoolTests {

    @TempDir
    Path dir;

    @Test
    void givesEntriesBackNewestFirstWithTheLineOfEachStatementAcrossManyBlocks() throws IOException {
        for (int blockBytes : new int[] {64, 300, 4096, 1 << 22}) {
            // given entries of one to three lines, some larger than a block, with their counts tails
            Random random = new Random(blockBytes);
            int n = 500;
            String[] undo = new String[n];
            String[] tail = new String[n];
            long[] restoreLine = new long[n];
            long[] undoLines = new long[n];
            for (int i = 0; i < n; i++) {
                StringBuilder u = new StringBuilder("c").append(i).append(" सीता\n");
                undoLines[i] = 1 + random.nextInt(3);
                for (int l = 1; l < undoLines[i]; l++) {
                    u.append("x".repeat(random.nextInt(120))).append('\n');
                }
                undo[i] = u.toString();
                tail[i] = "public.t\tK" + i + "\n";
                restoreLine[i] = 18 + 3L * i;
            }
            Path rollback = dir.resolve("rollback-" + blockBytes + ".sql");
            Path counts = dir.resolve("rollback-" + blockBytes + ".counts");

            // when
            try (RollbackSpool spool = new RollbackSpool(dir.resolve("t.spool"), dir.resolve("c.spool"), blockBytes);
                 ScriptFile script = new ScriptFile(rollback);
                 ScriptFile countsFile = new ScriptFile(counts)) {
                for (int i = 0; i < n; i++) {
                    spool.add(restoreLine[i], undo[i].getBytes(StandardCharsets.UTF_8), undoLines[i],
                            tail[i].getBytes(StandardCharsets.UTF_8));
                }
                script.write("BEGIN;\n");
                countsFile.write("# header\n");
                spool.end();
                // the counts need only the lines before the entries, not the text: written first here, as in any order
                spool.writeCountsTo(countsFile, script.lines());
                long spooled = Files.size(dir.resolve("t.spool"));
                spool.writeTextTo(script);
                // each block is cut off the spool once copied: the copy frees the spool's memory as it goes
                assertEquals(0, Files.size(dir.resolve("t.spool")));
                assertTrue(spooled > 0);
                script.write("COMMIT;\n");
                script.publish();
                countsFile.publish();
            }

            // then: as written entry by entry, newest first, each counted at its statement (its last line)
            StringBuilder expected = new StringBuilder("BEGIN;\n");
            StringBuilder expectedCounts = new StringBuilder("# header\n");
            long line = 1;
            for (int i = n - 1; i >= 0; i--) {
                expected.append("\n-- undo restore.sql:").append(restoreLine[i]).append(' ').append(undo[i]);
                line += 1 + undoLines[i];
                expectedCounts.append(line).append("\t1\t").append(tail[i]);
            }
            expected.append("COMMIT;\n");
            assertEquals(expected.toString(), Files.readString(rollback, StandardCharsets.UTF_8));
            assertEquals(expectedCounts.toString(), Files.readString(counts, StandardCharsets.UTF_8));
            assertFalse(Files.exists(dir.resolve("t.spool")));
            assertFalse(Files.exists(dir.resolve("c.spool")));
        }
    }

    @Test
    void writesNothingForNoEntries() throws IOException {
        Path rollback = dir.resolve("r.sql");
        try (RollbackSpool spool = new RollbackSpool(dir.resolve("t.spool"), dir.resolve("c.spool"));
             ScriptFile script = new ScriptFile(rollback);
             ScriptFile counts = new ScriptFile(dir.resolve("r.counts"))) {
            spool.end();
            spool.writeTextTo(script);
            spool.writeCountsTo(counts, 0);
            script.publish();
            counts.publish();
        }
        assertEquals(0, Files.size(rollback));
        assertEquals(0, Files.size(dir.resolve("r.counts")));
    }
}
