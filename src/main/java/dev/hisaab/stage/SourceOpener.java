package dev.hisaab.stage;

import dev.hisaab.definition.DefinitionException;
import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.EvidenceParsers;
import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;
import dev.hisaab.source.SourceFormat;
import dev.hisaab.source.SourceFormats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        SourceSpec spec = job.sources().get(index);
        SourceFormat format = formats.get(spec.type());
        Object options = loader.bindOptions(jobFile, index, spec.options(), format.optionsType());
        InputSource input = format.readsFile() ? new InputSource(JobDefinition.resolve(baseDir, spec.path()))
                : InputSource.ofRows(format.inputName(options));
        RecordReader reader = format.open(input, options);
        return new OpenedSource(spec, input, reader);
    }

    /**
     * Opens every source just far enough to check its mapped columns, then closes it. The restore columns must be
     * columns of the live source, the table restore.sql writes to.
     */
    public void checkColumns(Path jobFile, JobDefinition job, Path baseDir) throws IOException {
        for (int i = 0; i < job.sources().size(); i++) {
            try (OpenedSource s = open(jobFile, job, i, baseDir)) {
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
