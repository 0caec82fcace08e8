package dev.hisaab.stage;

import dev.hisaab.accounting.Counter;
import dev.hisaab.accounting.Tally;
import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.EvidenceParser;
import dev.hisaab.evidence.EvidenceParsers;
import dev.hisaab.evidence.Parsed;
import dev.hisaab.job.RunLayout;
import dev.hisaab.record.SourceParseException;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.spool.PartitionedSpoolWriter;
import dev.hisaab.spool.SpoolWriter;
import java.nio.file.Path;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code stage-<source>}: streams one source, writes each parsed record to the source's work file and each
 * malformed one to its rejects, with counts and the input's SHA-256. On restart the step runs again from the start;
 * its work files are only renamed into place when it completes.
 */
public class StageTasklet implements Tasklet {

    private final Path jobFile;
    private final JobDefinition job;
    private final int index;
    private final Path baseDir;
    private final SourceOpener opener;
    private final RunLayout layout;
    private final ProgressListener progress;

    public StageTasklet(Path jobFile, JobDefinition job, int index, Path baseDir, SourceOpener opener, RunLayout layout,
                        ProgressListener progress) {
        this.jobFile = jobFile;
        this.job = job;
        this.index = index;
        this.baseDir = baseDir;
        this.opener = opener;
        this.layout = layout;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        SourceSpec spec = job.sources().get(index);
        String id = spec.id();
        EvidenceParser parser = EvidenceParsers.forSource(job, spec);
        Tally tally = new Tally();
        long records = 0;
        long rejected = 0;
        long unreadable = 0;
        // summed here and added to the tally once: a tally add per row costs a map look-up under a lock
        long validAmount = 0;
        boolean anyValid = false;
        try (OpenedSource source = opener.open(jobFile, job, index, baseDir);
             PartitionedSpoolWriter spool = new PartitionedSpoolWriter(layout.work(), id, job.partitions())
                     .shareLeading(EvidenceParser.SOURCE_AND_FILE);
             SpoolWriter rejects = new SpoolWriter(layout.rejects(id))) {
            SourceOpener.checkColumns(jobFile, job, index, source.reader().columns());
            progress.started("stage-" + id, source.input().isFile() ? java.nio.file.Files.size(source.input().path()) : -1);
            while (true) {
                SourceRecord record;
                try {
                    record = source.reader().read();
                } catch (SourceParseException e) {
                    rejects.write(id, e.origin().file(), Long.toString(e.origin().line()), e.reason(), e.raw());
                    rejected++;
                    unreadable++;
                    checkLimit(rejected, spec);
                    continue;
                }
                if (record == null) {
                    break;
                }
                records++;
                try {
                    Parsed parsed = parser.parse(id, record);
                    spool.write(parsed.key(), parsed.record());
                    validAmount += parsed.amount();
                    anyValid = true;
                } catch (IllegalArgumentException e) {
                    rejects.write(id, record.origin().file(), Long.toString(record.origin().line()), e.getMessage(),
                            record.raw());
                    rejected++;
                    checkLimit(rejected, spec);
                }
                if ((records & 0xFFFF) == 0) {
                    progress.progress("stage-" + id, records, source.input().bytesRead());
                }
            }
            if (anyValid) {
                tally.add(id, Counter.AMOUNT_VALID, validAmount);
            }
            // rows the reader could not even split into a record are part of READ as well
            tally.add(id, Counter.READ, records + unreadable);
            tally.add(id, Counter.REJECTED, rejected);
            // before anything is committed: fails if the file changed while it was read
            String sha256 = source.input().sha256();
            spool.commit();
            rejects.commit();
            new InputInfo(id, source.input().isFile() ? spec.path() : source.input().name(), sha256, source.input().bytesRead(), records + unreadable)
                    .save(layout.stageInfo(id));
        }
        tally.save(layout.tally("stage-" + id));
        progress.finished("stage-" + id, records + unreadable);
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }

    private void checkLimit(long rejected, SourceSpec spec) {
        if (rejected > job.maxRejects()) {
            throw new TooManyRejectsException("more than " + job.maxRejects() + " rejected lines in " + spec.describe()
                    + " (job.max-rejects); see the first ones in the run's work folder");
        }
    }
}
