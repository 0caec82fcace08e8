package dev.hisaab.recovery;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.ApplicationRow;
import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PaymentStatus;
import dev.hisaab.job.RunLayout;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link ApplicationIndex} from the database, gateway and callback work files, one thread per group of
 * partitions, one partition at a time. The work files are partitioned by application number (the order id, for
 * payments), so every row of an application is read by the same thread, in the order a single reader would meet them
 * (snapshot, live, gateway, callbacks): what depends on the first row of an application (its name and mobile) comes
 * out the same.
 */
final class IndexBuilder {

    private final JobDefinition job;
    private final RunLayout layout;

    IndexBuilder(JobDefinition job, RunLayout layout) {
        this.job = job;
        this.layout = layout;
    }

    /** Threads to build with: the cores, at most one per partition and at most 4 (the tables of mobiles are per thread). */
    static int threads(int partitions) {
        return Math.max(1, Math.min(Math.min(Runtime.getRuntime().availableProcessors(), 4), partitions));
    }

    ApplicationIndex build() throws IOException {
        int partitions = job.partitions();
        List<SourceSpec> payments = new ArrayList<>(job.sources(SourceRole.GATEWAY));
        payments.addAll(job.sources(SourceRole.CALLBACKS));
        int[] txns = new int[payments.size()];
        for (int r = 0; r < txns.length; r++) {
            // a transaction's row is about 100 bytes, and most callbacks repeat a gateway row's transaction
            txns[r] = (int) Math.min(1 << 26, bytes(List.of(payments.get(r))) / (r == 0 ? 100 : 1000));
        }
        // a database row is well over 200 bytes: the tables of a million numbers are made once, not doubled twenty times
        int applications = (int) Math.min(1 << 26,
                Math.max(bytes(job.sources(SourceRole.SNAPSHOT)), bytes(job.sources(SourceRole.LIVE))) / 200);
        ApplicationIndex index = new ApplicationIndex(partitions, threads(partitions), payments.size(), applications,
                txns);
        int groups = index.groups();
        long[] snapshotTaken = new long[groups];
        Throwable[] failures = new Throwable[groups];
        Thread[] workers = new Thread[groups];
        for (int g = 0; g < groups; g++) {
            int group = g;
            workers[g] = new Thread(() -> {
                try {
                    snapshotTaken[group] = buildGroup(index, group, payments);
                } catch (IOException | RuntimeException | Error e) {
                    failures[group] = e;
                }
            }, "index-" + g);
            workers[g].start();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while building the application index", e);
            }
        }
        for (Throwable f : failures) {
            if (f instanceof IOException e) {
                throw new IOException(e.getMessage(), e);
            }
            if (f instanceof RuntimeException e) {
                throw e;
            }
            if (f instanceof Error e) {
                throw e;
            }
        }
        for (long t : snapshotTaken) {
            index.snapshotRow(t);
        }
        return index;
    }

    /**
     * Reads the partitions of {@code group}, one at a time (every source of a partition, then the next: its rows
     * touch only its own tables, which stay in the processor's cache); returns the latest snapshot submission it saw
     * (-1 none).
     */
    private long buildGroup(ApplicationIndex index, int group, List<SourceSpec> payments) throws IOException {
        long snapshotTaken = -1;
        for (int k = 0; k < index.partitions(); k++) {
            if (index.group(k) == group) {
                snapshotTaken = Math.max(snapshotTaken, buildPartition(index, k, payments));
            }
        }
        return snapshotTaken;
    }

    /**
     * Reads partition {@code k} of the database rows, then of the payment sources in rank order: the order in which
     * a single reader meets an application's rows, all of which are in its partition.
     */
    private long buildPartition(ApplicationIndex index, int k, List<SourceSpec> payments) throws IOException {
        long snapshotTaken = -1;
        for (SourceRole role : List.of(SourceRole.SNAPSHOT, SourceRole.LIVE)) {
            for (SourceSpec s : job.sources(role)) {
                try (SpoolReader in = new SpoolReader(layout.spool(s.id(), k))) {
                    // only the typed fields: the raw values are for restore, which the match step does
                    for (SpoolFields f = in.next(); f != null; f = in.next()) {
                        KnownApplication app = index.add(ApplicationRow.applicationNo(f));
                        app.inDatabase = true;
                        long submitted = ApplicationRow.submittedAt(f);
                        if (role == SourceRole.SNAPSHOT) {
                            snapshotTaken = Math.max(snapshotTaken, submitted);
                        }
                        app.seen(submitted);
                        if (app.name == null) {
                            app.name = ApplicationRow.name(f);
                        }
                        if (!app.hasMobile) {
                            index.mobile(app, ApplicationRow.mobile(f));
                        }
                    }
                }
            }
        }
        for (int rank = 0; rank < payments.size(); rank++) {
            boolean gateway = payments.get(rank).role() == SourceRole.GATEWAY;
            try (SpoolReader in = new SpoolReader(layout.spool(payments.get(rank).id(), k))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    if (gateway) {
                        GatewayTxn t = GatewayTxn.of(f);
                        paid(index, rank, t.txnId(), t.orderId(), t.status(), t.time());
                    } else {
                        Callback c = Callback.of(f);
                        paid(index, rank, c.txnId(), c.orderId(), c.status(), c.time());
                    }
                }
            }
        }
        return snapshotTaken;
    }

    private static void paid(ApplicationIndex index, int rank, String txnId, String orderId, PaymentStatus status,
                             long time) {
        index.txn(rank, txnId, orderId);
        KnownApplication app = index.add(orderId);
        if (status == PaymentStatus.CAPTURED) {
            app.paid = true;
            app.seen(time);
        }
    }

    /** Bytes of the work files of {@code sources}. */
    private long bytes(List<SourceSpec> sources) throws IOException {
        long total = 0;
        for (SourceSpec s : sources) {
            for (int k = 0; k < job.partitions(); k++) {
                Path file = layout.spool(s.id(), k);
                if (Files.exists(file)) {
                    total += Files.size(file);
                }
            }
        }
        return total;
    }
}
