package dev.hisaab.recovery;

import dev.hisaab.accounting.Counter;
import dev.hisaab.accounting.Tally;
import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionValidator;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.EvidenceParser;
import dev.hisaab.evidence.Receipt;
import dev.hisaab.finding.Finding;
import dev.hisaab.finding.FindingBuffer;
import dev.hisaab.index.KeyTable;
import dev.hisaab.job.RunLayout;
import dev.hisaab.record.Origin;
import dev.hisaab.spool.ReadAhead;
import dev.hisaab.spool.PartitionedSpoolWriter;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolReader;
import dev.hisaab.spool.SpoolWriter;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code resolve}: ties every receipt to an application by the {@link ReceiptResolver} rules. Needs a global
 * view (a typo'd number or a bare mobile can point anywhere), so it runs once, over a compact index; the per
 * application work that follows is partitioned. Writes the resolved receipts, the orphan and ambiguous findings,
 * and rejects repeated receipt numbers.
 */
public class ResolveTasklet implements Tasklet {

    static final String STEP = "resolve";

    private final JobDefinition job;
    private final RunLayout layout;

    public ResolveTasklet(JobDefinition job, RunLayout layout) {
        this.job = job;
        this.layout = layout;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        ApplicationIndex index = new IndexBuilder(job, layout).build();
        ReceiptResolver resolver = new ReceiptResolver(index, job.matching().applicationNumberPattern(),
                JobDefinitionValidator.feePaise(job.matching()), job.matching().nameSimilarity(), ZoneId.of(job.timeZone()));
        Tally tally = new Tally();
        // sized from the work files (a receipt's line is about 140 bytes), so the table is not doubled twenty times
        KeyTable<Origin> firstSeen = new KeyTable<>((int) Math.min(1 << 26, receiptBytes() / 140));
        FindingBuffer found = new FindingBuffer();
        try (PartitionedSpoolWriter resolved = new PartitionedSpoolWriter(layout.work(), RunLayout.RESOLVED_RECEIPTS,
                job.partitions()).shareLeading(EvidenceParser.SOURCE_AND_FILE);
             SpoolWriter pending = new SpoolWriter(layout.work().resolve("receipts.pending"))
                     .shareLeading(EvidenceParser.SOURCE_AND_FILE);
             SpoolWriter findings = new SpoolWriter(layout.findings(STEP));
             SpoolWriter rejects = new SpoolWriter(layout.rejects(STEP))) {
            for (SourceSpec s : job.sources(SourceRole.RECEIPTS)) {
                // the certain rules only look up numbers and transactions, which nothing changes in this pass: the
                // reading thread applies them too, so the lookups in the index use the second core
                try (ReadAhead<Read> in = ReadAhead.spool(layout.work(), s.id(), job.partitions(),
                        f -> Read.of(Receipt.of(f), resolver, index))) {
                    for (Read read = in.read(); read != null; read = in.read()) {
                        Receipt r = read.receipt();
                        Origin first = firstSeen.putIfAbsent(r.receiptNo(), r.origin());
                        if (first != null) {
                            rejects.write(r.source(), r.origin().file(), Long.toString(r.origin().line()),
                                    "duplicate receipt no " + r.receiptNo() + ", first at " + first, String.join(",", r.receiptNo(),
                                            String.valueOf(r.rawApplicationNo()), String.valueOf(r.payerName())));
                            tally.add(r.source(), Counter.REJECTED, 1);
                            tally.add(r.source(), Counter.AMOUNT_REJECTED, r.amount());
                            continue;
                        }
                        if (read.certain() == null) {
                            pending.write(read.fields());
                        } else {
                            record(index, read.app(), r, read.certain(), read.fields(), resolved, found, tally);
                        }
                    }
                }
            }
            pending.commit();
            try (SpoolReader in = new SpoolReader(layout.work().resolve("receipts.pending"))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    Receipt r = Receipt.of(f);
                    Resolution res = resolver.byEvidence(r);
                    record(index, res.resolved() ? index.add(res.applicationNo()) : null, r, res,
                            res.resolved() ? resolvedFields(r, res) : null, resolved, found, tally);
                }
            }
            resolved.commit();
            found.writeTo(findings);
            findings.commit();
            rejects.commit();
        }
        tally.save(layout.tally(STEP));
        return RepeatStatus.FINISHED;
    }

    /**
     * A receipt as read, with the application the certain rules tie it to (both null when they do not) and the fields
     * to write for it: the resolved receipt's, or the receipt's own while it waits for the second pass.
     */
    private record Read(Receipt receipt, Resolution certain, KnownApplication app, String[] fields) {

        static Read of(Receipt r, ReceiptResolver resolver, ApplicationIndex index) {
            Resolution res = resolver.certain(r);
            return res == null ? new Read(r, null, null, r.fields())
                    : new Read(r, res, index.get(res.applicationNo()), resolvedFields(r, res));
        }
    }

    /** The fields of a resolved receipt: the receipt's, then the application number, rule and evidence. */
    private static String[] resolvedFields(Receipt r, Resolution res) {
        String[] f = r.fields();
        String[] out = java.util.Arrays.copyOf(f, f.length + 3);
        out[f.length] = res.applicationNo();
        out[f.length + 1] = res.rule();
        out[f.length + 2] = res.evidence();
        return out;
    }

    /**
     * Writes the outcome for {@code r}: {@code app} (in {@code index}) is the application it is resolved to and
     * {@code out} its {@link #resolvedFields}, both null when unresolved.
     */
    private void record(ApplicationIndex index, KnownApplication app, Receipt r, Resolution res, String[] out,
                        PartitionedSpoolWriter resolved, FindingBuffer findings, Tally tally) throws IOException {
        if (!res.resolved()) {
            findings.add(new Finding(res.unresolved(), r.receiptNo(), r.amount(), List.of(r.origin().toString()),
                    res.rule(), res.evidence()));
            tally.add(r.source(), Counter.FINDINGS, 1);
            tally.add(r.source(), Counter.AMOUNT_FINDINGS, r.amount());
            return;
        }
        app.paid = true;
        app.seen(r.time());
        if (app.name == null) {
            app.name = r.payerName();
        }
        index.mobile(app, r.mobile());
        resolved.write(res.applicationNo(), out);
    }

    /** Bytes of the receipts' work files. */
    private long receiptBytes() throws IOException {
        long total = 0;
        for (SourceSpec s : job.sources(SourceRole.RECEIPTS)) {
            for (int k = 0; k < job.partitions(); k++) {
                java.nio.file.Path file = layout.spool(s.id(), k);
                if (java.nio.file.Files.exists(file)) {
                    total += java.nio.file.Files.size(file);
                }
            }
        }
        return total;
    }
}
