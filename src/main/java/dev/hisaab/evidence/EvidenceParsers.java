package dev.hisaab.evidence;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobKind;
import dev.hisaab.definition.LookupSpec;
import dev.hisaab.definition.SourceSpec;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Chooses the parser for a source's role: the one place that knows which role reads which fields. */
public final class EvidenceParsers {

    private EvidenceParsers() {
    }

    public static EvidenceParser forSource(JobDefinition job, SourceSpec spec) {
        ZoneId zone = ZoneId.of(job.timeZone());
        StatusWords statuses = new StatusWords(job.matching().gatewayStatus());
        switch (spec.role()) {
            case RECEIPTS:
                return job.kind() == JobKind.PAYMENT_RECONCILIATION
                        ? new BillReceiptParser(spec, zone, job.matching()) : new ReceiptParser(spec, zone);
            case GATEWAY:
                return new GatewayParser(spec, zone, statuses);
            case CALLBACKS:
                return new CallbackParser(spec, zone, statuses);
            case SNAPSHOT:
            case LIVE:
                return new ApplicationParser(spec, zone);
            case LOOKUP:
                return new LookupParser(lookupColumns(job, spec));
            case BILLS:
                return new BillParser(spec, zone);
            case PAYMENTS:
                return new PortalPaymentParser(spec, zone);
            case CONSUMERS:
                return new ConsumerParser(spec, zone);
            default:
                throw new IllegalStateException("no parser for role " + spec.role());
        }
    }

    /** Columns of a lookup source that the job's restore lookups read. */
    public static List<String> lookupColumns(JobDefinition job, SourceSpec spec) {
        List<String> columns = new ArrayList<>();
        if (job.restore() != null) {
            for (LookupSpec l : job.restore().lookups().values()) {
                if (l.source().equals(spec.id())) {
                    if (!columns.contains(l.key())) {
                        columns.add(l.key());
                    }
                    if (!columns.contains(l.value())) {
                        columns.add(l.value());
                    }
                }
            }
        }
        return columns;
    }
}
