package dev.hisaab.recovery;

import dev.hisaab.accounting.Counter;
import dev.hisaab.accounting.Tally;
import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionValidator;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.ApplicationRow;
import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PaymentStatus;
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
        ApplicationIndex index = buildIndex();
        ReceiptResolver resolver = new ReceiptResolver(index, job.matching().applicationNumberPattern(),
                JobDefinitionValidator.feePaise(job.matching()), job.matching().nameSimilarity(), ZoneId.of(job.timeZone()));
        Tally tally = new Tally();
        KeyTable<Origin> firstSeen = new KeyTable<>();
        FindingBuffer found = new FindingBuffer();
        try (PartitionedSpoolWriter resolved = new PartitionedSpoolWriter(layout.work(), RunLayout.RESOLVED_RECEIPTS,
                job.partitions());
             SpoolWriter pending = new SpoolWriter(layout.work().resolve("receipts.pending"));
             SpoolWriter findings = new SpoolWriter(layout.findings(STEP));
             SpoolWriter rejects = new SpoolWriter(layout.rejects(STEP))) {
            for (SourceSpec s : job.sources(SourceRole.RECEIPTS)) {
                try (ReadAhead<Receipt> in = ReadAhead.spool(layout.work(), s.id(), job.partitions(), Receipt::of)) {
                    for (Receipt r = in.read(); r != null; r = in.read()) {
                        Origin first = firstSeen.putIfAbsent(r.receiptNo(), r.origin());
                        if (first != null) {
                            rejects.write(r.source(), r.origin().file(), Long.toString(r.origin().line()),
                                    "duplicate receipt no " + r.receiptNo() + ", first at " + first, String.join(",", r.receiptNo(),
                                            String.valueOf(r.rawApplicationNo()), String.valueOf(r.payerName())));
                            tally.add(r.source(), Counter.REJECTED, 1);
                            tally.add(r.source(), Counter.AMOUNT_REJECTED, r.amount());
                            continue;
                        }
                        Resolution res = resolver.certain(r);
                        if (res == null) {
                            pending.write(r.fields());
                        } else {
                            record(index, r, res, resolved, found, tally);
                        }
                    }
                }
            }
            pending.commit();
            try (SpoolReader in = new SpoolReader(layout.work().resolve("receipts.pending"))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    Receipt r = Receipt.of(f);
                    record(index, r, resolver.byEvidence(r), resolved, found, tally);
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

    private void record(ApplicationIndex index, Receipt r, Resolution res, PartitionedSpoolWriter resolved,
                        FindingBuffer findings,
                        Tally tally) throws IOException {
        if (!res.resolved()) {
            findings.add(new Finding(res.unresolved(), r.receiptNo(), r.amount(), List.of(r.origin().toString()),
                    res.rule(), res.evidence()));
            tally.add(r.source(), Counter.FINDINGS, 1);
            tally.add(r.source(), Counter.AMOUNT_FINDINGS, r.amount());
            return;
        }
        KnownApplication app = index.add(res.applicationNo());
        app.paid = true;
        app.seen(r.time());
        if (app.name == null) {
            app.name = r.payerName();
        }
        index.mobile(app, r.mobile());
        String[] f = r.fields();
        String[] out = java.util.Arrays.copyOf(f, f.length + 3);
        out[f.length] = res.applicationNo();
        out[f.length + 1] = res.rule();
        out[f.length + 2] = res.evidence();
        resolved.write(res.applicationNo(), out);
    }

    /** Bytes of the work files of the sources of {@code role}. */
    private long bytes(SourceRole role) throws IOException {
        long total = 0;
        for (SourceSpec s : job.sources(role)) {
            for (int k = 0; k < job.partitions(); k++) {
                java.nio.file.Path file = layout.spool(s.id(), k);
                if (java.nio.file.Files.exists(file)) {
                    total += java.nio.file.Files.size(file);
                }
            }
        }
        return total;
    }

    private ApplicationIndex buildIndex() throws IOException {
        // sized from the work files (a database row is well over 200 bytes; a transaction has a gateway row and a callback
        // of about 100 bytes each), so
        // the tables of a million numbers are made once rather than doubled twenty times
        ApplicationIndex index = new ApplicationIndex(
                (int) Math.min(1 << 26, Math.max(bytes(SourceRole.SNAPSHOT), bytes(SourceRole.LIVE)) / 200),
                (int) Math.min(1 << 26, (bytes(SourceRole.GATEWAY) + bytes(SourceRole.CALLBACKS)) / 200));
        for (SourceRole role : List.of(SourceRole.SNAPSHOT, SourceRole.LIVE)) {
            for (SourceSpec s : job.sources(role)) {
                // only the typed fields: the raw values are for restore, which the match step does
                try (ReadAhead<ApplicationRow> in = ReadAhead.spool(layout.work(), s.id(), job.partitions(),
                        f -> ApplicationRow.of(f, false))) {
                    for (ApplicationRow row = in.read(); row != null; row = in.read()) {
                        KnownApplication app = index.add(row.applicationNo());
                        app.inDatabase = true;
                        if (role == SourceRole.SNAPSHOT) {
                            index.snapshotRow(row.submittedAt());
                        }
                        app.seen(row.submittedAt());
                        if (app.name == null) {
                            app.name = row.name();
                        }
                        index.mobile(app, row.mobile());
                    }
                }
            }
        }
        for (SourceSpec s : job.sources(SourceRole.GATEWAY)) {
            try (ReadAhead<GatewayTxn> in = ReadAhead.spool(layout.work(), s.id(), job.partitions(), GatewayTxn::of)) {
                for (GatewayTxn t = in.read(); t != null; t = in.read()) {
                    index.txn(t.txnId(), t.orderId());
                    KnownApplication app = index.add(t.orderId());
                    if (t.status() == PaymentStatus.CAPTURED) {
                        app.paid = true;
                        app.seen(t.time());
                    }
                }
            }
        }
        for (SourceSpec s : job.sources(SourceRole.CALLBACKS)) {
            try (ReadAhead<Callback> in = ReadAhead.spool(layout.work(), s.id(), job.partitions(), Callback::of)) {
                for (Callback c = in.read(); c != null; c = in.read()) {
                    index.txn(c.txnId(), c.orderId());
                    KnownApplication app = index.add(c.orderId());
                    if (c.status() == PaymentStatus.CAPTURED) {
                        app.paid = true;
                        app.seen(c.time());
                    }
                }
            }
        }
        return index;
    }
}
