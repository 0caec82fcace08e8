package dev.hisaab.recovery;

import dev.hisaab.definition.ColumnSpec;
import dev.hisaab.definition.LookupSpec;
import dev.hisaab.definition.RestoreSpec;
import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.value.Mobiles;
import dev.hisaab.value.TimestampFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a missing application to a row of the new schema as the job file's {@code restore.columns} declare: from the
 * snapshot row (field, transform, value map, lookup) or, for a reconstruction, from the evidence (application-no,
 * applicant-name and mobile from the earliest receipt naming the payer, submitted-at = earliest payment, fee-paid).
 */
final class RestoreMapper {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final RestoreSpec spec;
    private final Map<String, Map<String, String>> lookups;
    private final ZoneId zone;
    private final TimestampFormat snapshotTimes;

    /**
     * @param snapshotTimes how the snapshot writes its dates, for the {@code timestamp} transform (may be null when
     *                      no column uses it)
     */
    RestoreMapper(RestoreSpec spec, Map<String, Map<String, String>> lookups, ZoneId zone, TimestampFormat snapshotTimes) {
        this.spec = spec;
        this.lookups = lookups;
        this.zone = zone;
        this.snapshotTimes = snapshotTimes;
    }

    PlannedRestore plan(Finding finding, ApplicationCase c, List<Payment> payments) {
        boolean reconstructed = finding.category() == Category.MISSING_APPLICATION_RECONSTRUCTABLE;
        Map<String, String> source = reconstructed ? evidence(c, payments) : c.snapshot.values();
        LinkedHashMap<String, String> values = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, ColumnSpec> e : spec.columns().entrySet()) {
                values.put(e.getKey(), value(e.getKey(), e.getValue(), source, reconstructed));
            }
            if (values.get(spec.key()) == null) {
                throw new IllegalArgumentException("key column " + spec.key() + " would be NULL");
            }
            return new PlannedRestore(c.number, finding.category(), finding.rule(), finding.refs(), values, null);
        } catch (IllegalArgumentException e) {
            return new PlannedRestore(c.number, finding.category(), finding.rule(), finding.refs(), new LinkedHashMap<>(),
                    e.getMessage());
        }
    }

    private String value(String column, ColumnSpec col, Map<String, String> source, boolean reconstructed) {
        if (reconstructed && col.reconstructed() != null) {
            return col.reconstructed();
        }
        if (col.value() != null) {
            return col.value();
        }
        if (col.field() == null) {
            return null;
        }
        String v = source.get(col.field());
        if (v == null) {
            return null;
        }
        if (col.transform() != null) {
            v = transform(col.transform(), v);
        }
        if (!col.map().isEmpty()) {
            String mapped = col.map().get(v);
            if (mapped == null) {
                throw new IllegalArgumentException("column " + column + ": value '" + v + "' of field " + col.field()
                        + " has no entry in its map");
            }
            v = mapped;
        }
        if (col.lookup() != null) {
            v = lookup(column, col.lookup(), v);
        }
        return v;
    }

    private String lookup(String column, String name, String v) {
        LookupSpec l = spec.lookups().get(name);
        String key = l.aliases().getOrDefault(v.strip(), v.strip());
        String found = lookups.getOrDefault(name, Map.of()).get(normal(key));
        if (found == null) {
            throw new IllegalArgumentException("column " + column + ": '" + v + "' not found in lookup " + name);
        }
        return found;
    }

    static String normal(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private String transform(String t, String v) {
        switch (t) {
            case "mobile":
                return Mobiles.normalize(v);
            case "timestamp":
                // evidence timestamps are already ISO; snapshot ones are in the snapshot's own date formats
                if (v.length() > 19 && v.charAt(10) == 'T') {
                    return v;
                }
                return ISO.format(snapshotTimes.parse(v).atZone(zone).toOffsetDateTime());
            case "upper":
                return v.strip().toUpperCase(Locale.ROOT);
            case "trim":
                return v.strip();
            default:
                throw new IllegalArgumentException("unknown transform " + t);
        }
    }

    private Map<String, String> evidence(ApplicationCase c, List<Payment> payments) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("application-no", c.number);
        c.receipts.stream()
                .filter(r -> r.receipt().payerName() != null)
                .min(Comparator.comparingLong((ResolvedReceipt r) -> r.receipt().time())
                        .thenComparing(r -> r.receipt().origin().file())
                        .thenComparingLong(r -> r.receipt().origin().line()))
                .ifPresent(r -> {
                    e.put("applicant-name", r.receipt().payerName().strip());
                    e.put("mobile", r.receipt().mobile());
                });
        long first = payments.stream().mapToLong(Payment::time).filter(t -> t >= 0).min().orElse(-1);
        if (first >= 0) {
            e.put("submitted-at", ISO.format(Instant.ofEpochSecond(first).atZone(zone).toOffsetDateTime()));
        }
        e.put("fee-paid", payments.isEmpty() ? "false" : "true");
        return e;
    }
}
