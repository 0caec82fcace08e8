package dev.hisaab.stage;

import dev.hisaab.definition.DefinitionException;
import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.EvidenceParsers;
import dev.hisaab.report.ConcurrentWriters;
import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;
import dev.hisaab.source.SourceFormat;
import dev.hisaab.source.SourceFormats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;

/**
 * Opens a job's sources through their formats and checks that every mapped column exists in the input, so a
 * header missing a mapped column is an error before any work starts.
 */
@Component
public class SourceOpener {

    private final SourceFormats formats;
    private final JobDefinitionLoader loader;

    public SourceOpener(SourceFormats formats, JobDefinitionLoader loader) {
        this.formats = formats;
        this.loader = loader;
    }

    /** Opens source {@code index} of a job; the caller closes it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    /** The {@link SourceFormat#workPerByte()} of a source type; 1 for a type no format has (it fails when opened). */
    public int workPerByte(String type) {
        return formats.types().contains(type) ? formats.get(type).workPerByte() : 1;
    }

    public OpenedSource open(Path jobFile, JobDefinition job, int index, Path baseDir) throws IOException {
        return open(jobFile, job, index, baseDir, true);
    }

    /** Opens a source to read its records ({@code digested}: its SHA-256 is taken) or only to look at its start. */
    private OpenedSource open(Path jobFile, JobDefinition job, int index, Path baseDir, boolean digested)
            throws IOException {
        SourceSpec spec = job.sources().get(index);
        SourceFormat format = formats.get(spec.type());
        Object options = loader.bindOptions(jobFile, index, spec.options(), format.optionsType());
        Path path = format.readsFile() ? JobDefinition.resolve(baseDir, spec.path()) : null;
        InputSource input = path == null ? InputSource.ofRows(format.inputName(options))
                : digested ? new InputSource(path) : InputSource.forALook(path);
        RecordReader reader = format.open(input, options);
        return new OpenedSource(spec, input, reader);
    }

    /**
     * Opens every source just far enough to check its mapped columns, then closes it. The restore columns must be
     * columns of the live source, the table restore.sql writes to. Sources are looked at on as many threads as there
     * are cores (the table of a dump may come after half a gigabyte of other tables' rows, passed over line by line),
     * and the problem of the first source in the job's order is the one thrown, as one thread would.
     */
    public void checkColumns(Path jobFile, JobDefinition job, Path baseDir) throws IOException {
        int n = job.sources().size();
        int threads = Math.min(n, Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (int i = 0; i < n; i++) {
                checkColumns(jobFile, job, baseDir, i);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "check-columns");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> checks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                checks.add(pool.submit(() -> {
                    checkColumns(jobFile, job, baseDir, index);
                    return null;
                }));
            }
            for (Future<?> check : checks) {
                ConcurrentWriters.awaitIo(check);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One source's check: present, and every mapped or written-back column among its columns. */
    private void checkColumns(Path jobFile, JobDefinition job, Path baseDir, int i) throws IOException {
        try (OpenedSource s = open(jobFile, job, i, baseDir, false)) {
            checkPresent(jobFile, i, s);
            List<String> columns = s.reader().columns();
            checkColumns(jobFile, job, i, columns);
            if (s.spec().role() == SourceRole.LIVE && job.restore() != null) {
                checkTargets(jobFile, "job.restore.columns.", job.restore().columns().keySet(), s, columns);
            }
            if (s.spec().role() == SourceRole.PAYMENTS && job.posting() != null && job.posting().payments() != null) {
                checkTargets(jobFile, "job.posting.payments.columns.", job.posting().payments().columns().keySet(), s,
                        columns);
            }
        }
    }

    /**
     * An empty file (an export that wrote nothing) and a dump without the source's table are errors before any work
     * starts, not sources with no rows: either would make every application look missing, or none.
     */
    private static void checkPresent(Path jobFile, int index, OpenedSource s) throws IOException {
        String at = "job.sources[" + index + "]";
        if (s.input().isFile() && java.nio.file.Files.size(s.input().path()) == 0) {
            throw new EmptyInputException(at + ".path: " + s.spec().describe() + " is empty (0 bytes)");
        }
        if (s.reader() instanceof dev.hisaab.source.pgdump.PgDumpRecordReader dump && !dump.tableFound()) {
            throw new DefinitionException(jobFile, at + ".options.table", "table '" + s.spec().options().get("table")
                    + "' not found in " + s.spec().describe());
        }
    }

    /** Target columns written back must be columns of the source that dumps the target table. */
    private static void checkTargets(Path jobFile, String at, java.util.Set<String> targets, OpenedSource s,
                                     List<String> columns) {
        if (columns.isEmpty()) {
            return;
        }
        for (String target : targets) {
            if (!columns.contains(target)) {
                throw new DefinitionException(jobFile, at + target, "not a column of the " + s.spec().role().name()
                        .toLowerCase(java.util.Locale.ROOT) + " source '" + s.spec().id() + "' (" + s.spec().describe()
                        + "); its columns: " + columns);
            }
        }
    }

    /** Throws when a mapped column is not among the columns an input declares (no check when it declares none). */
    public static void checkColumns(Path jobFile, JobDefinition job, int index, List<String> columns) {
        if (columns.isEmpty()) {
            return;
        }
        SourceSpec spec = job.sources().get(index);
        for (var e : spec.fields().entrySet()) {
            if (!columns.contains(e.getValue())) {
                throw new DefinitionException(jobFile, "job.sources[" + index + "].fields." + e.getKey(),
                        "column '" + e.getValue() + "' not found in " + spec.describe() + "; its columns: " + columns);
            }
        }
        for (String c : EvidenceParsers.lookupColumns(job, spec)) {
            if (!columns.contains(c)) {
                throw new DefinitionException(jobFile, "job.restore.lookups",
                        "column '" + c + "' not found in lookup source " + spec.describe() + "; its columns: " + columns);
            }
        }
    }
}
