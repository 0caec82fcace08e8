package dev.hisaab.definition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks what binding cannot: required values, unique source ids, the fields each role needs, that files exist,
 * that restore columns and lookups refer to things that exist. The first problem is thrown as a
 * {@link DefinitionException} naming the property path.
 */
public final class JobDefinitionValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private JobDefinitionValidator() {
    }

    /** Validates a bound definition; {@code baseDir} resolves relative source paths. Every type reads a file. */
    public static void validate(Path file, JobDefinition job, Path baseDir, Set<String> knownTypes) {
        validate(file, job, baseDir, knownTypes, knownTypes);
    }

    /**
     * Validates a bound definition; {@code baseDir} resolves relative source paths. A source of a type in
     * {@code fileTypes} needs a readable file at its path; a source of any other known type (a database) must have none.
     */
    public static void validate(Path file, JobDefinition job, Path baseDir, Set<String> knownTypes, Set<String> fileTypes) {
        require(file, "job.name", job.name());
        if (!ID.matcher(job.name()).matches()) {
            throw new DefinitionException(file, "job.name", "use lower-case letters, digits, '-' or '_' (got '" + job.name() + "')");
        }
        try {
            ZoneId.of(job.timeZone());
        } catch (DateTimeException e) {
            throw new DefinitionException(file, "job.time-zone", "unknown time zone '" + job.timeZone() + "'");
        }
        if (job.partitions() < 1 || job.partitions() > 256) {
            throw new DefinitionException(file, "job.partitions", "must be between 1 and 256");
        }
        if (job.maxRejects() < 0) {
            throw new DefinitionException(file, "job.max-rejects", "must be 0 or more");
        }
        validateMatching(file, job.matching());
        if (job.sources().isEmpty()) {
            throw new DefinitionException(file, "job.sources", "at least one source is required");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < job.sources().size(); i++) {
            validateSource(file, "job.sources[" + i + "]", job.sources().get(i), baseDir, knownTypes, fileTypes, ids);
        }
        for (int i = 0; i < job.sources().size(); i++) {
            SourceRole role = job.sources().get(i).role();
            if (!job.kind().roles().contains(role)) {
                throw new DefinitionException(file, "job.sources[" + i + "].role", "role " + name(role)
                        + " is not used by a " + name(job.kind()) + " job; its roles: "
                        + job.kind().roles().stream().map(JobDefinitionValidator::name).toList());
            }
        }
        for (SourceRole role : List.of(SourceRole.SNAPSHOT, SourceRole.LIVE, SourceRole.BILLS, SourceRole.PAYMENTS,
                SourceRole.CONSUMERS)) {
            if (job.sources(role).size() > 1) {
                throw new DefinitionException(file, "job.sources", "at most one source may have role " + name(role));
            }
        }
        switch (job.kind()) {
            case APPLICATION_RECOVERY:
                requireFee(file, job.matching());
                requireRole(file, job, SourceRole.LIVE, "the post-upgrade table");
                if (job.posting() != null) {
                    throw new DefinitionException(file, "job.posting", "belongs to payment-reconciliation jobs; use restore");
                }
                if (job.restore() != null) {
                    validateRestore(file, job);
                }
                break;
            case PAYMENT_RECONCILIATION:
                requireRole(file, job, SourceRole.BILLS, "the portal's bills");
                requireRole(file, job, SourceRole.PAYMENTS, "the portal's posted payments");
                if (job.restore() != null) {
                    throw new DefinitionException(file, "job.restore", "belongs to application-recovery jobs; use posting");
                }
                if (job.posting() != null) {
                    validatePosting(file, job);
                }
                break;
            default:
                throw new IllegalStateException("unknown kind " + job.kind());
        }
    }

    static String name(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static void requireRole(Path file, JobDefinition job, SourceRole role, String what) {
        if (job.sources(role).isEmpty()) {
            throw new DefinitionException(file, "job.sources", "a source with role '" + name(role) + "' (" + what
                    + ") is required for a " + name(job.kind()) + " job");
        }
    }

    private static void validatePosting(Path file, JobDefinition job) {
        PostingSpec p = job.posting();
        require(file, "job.posting.bills-table", p.billsTable());
        require(file, "job.posting.paid-status", p.paidStatus());
        SourceSpec bills = job.sources(SourceRole.BILLS).get(0);
        for (int i = 0; i < p.guardFields().size(); i++) {
            if (bills.column(p.guardFields().get(i)) == null) {
                throw new DefinitionException(file, "job.posting.guard-fields[" + i + "]", "'" + p.guardFields().get(i)
                        + "' is not a field of bills source '" + bills.id() + "'; its fields: " + bills.fields().keySet());
            }
        }
        RestoreSpec r = p.payments();
        if (r == null) {
            throw new DefinitionException(file, "job.posting.payments", "is required: where unposted payments are inserted");
        }
        require(file, "job.posting.payments.table", r.table());
        require(file, "job.posting.payments.key", r.key());
        if (!r.columns().containsKey(r.key())) {
            throw new DefinitionException(file, "job.posting.payments.columns", "the key column '" + r.key() + "' must be mapped");
        }
        List<String> evidence = List.of("txn-id", "order-id", "amount", "created-at", "bank-ref");
        for (Map.Entry<String, ColumnSpec> c : r.columns().entrySet()) {
            String at = "job.posting.payments.columns." + c.getKey();
            ColumnSpec col = c.getValue();
            if (col == null || (col.field() == null) == (col.value() == null)) {
                throw new DefinitionException(file, at, "give either a field or a value");
            }
            if (col.field() != null && !evidence.contains(col.field())) {
                throw new DefinitionException(file, at + ".field", "'" + col.field() + "' is not a gateway evidence field; "
                        + "use one of " + evidence);
            }
        }
    }

    private static void requireFee(Path file, MatchingSpec m) {
        if (m.fee() == null) {
            throw new DefinitionException(file, "job.matching.fee", "is required (the processing fee in rupees, e.g. 100.00)");
        }
    }

    private static void validateMatching(Path file, MatchingSpec m) {
        if (m.fee() != null && (m.fee().signum() <= 0 || m.fee().stripTrailingZeros().scale() > 2)) {
            throw new DefinitionException(file, "job.matching.fee", "must be a positive amount in rupees with at most 2 decimals");
        }
        if (m.applicationNumberPattern() != null) {
            try {
                Pattern.compile(m.applicationNumberPattern());
            } catch (PatternSyntaxException e) {
                throw new DefinitionException(file, "job.matching.application-number-pattern", "not a valid regular expression: " + e.getDescription());
            }
        }
        if (m.nameSimilarity() < 0 || m.nameSimilarity() > 100) {
            throw new DefinitionException(file, "job.matching.name-similarity", "must be between 0 and 100");
        }
        for (String key : m.gatewayStatus().keySet()) {
            if (!Set.of("captured", "failed", "refunded").contains(key)) {
                throw new DefinitionException(file, "job.matching.gateway-status." + key, "unknown status group; use captured, failed, refunded");
            }
        }
    }

    private static void validateSource(Path file, String at, SourceSpec s, Path baseDir, Set<String> knownTypes,
                                       Set<String> fileTypes, Set<String> ids) {
        require(file, at + ".id", s.id());
        if (!ID.matcher(s.id()).matches()) {
            throw new DefinitionException(file, at + ".id", "use lower-case letters, digits, '-' or '_' (got '" + s.id() + "')");
        }
        if (!ids.add(s.id())) {
            throw new DefinitionException(file, at + ".id", "duplicate source id '" + s.id() + "'");
        }
        if (s.role() == null) {
            throw new DefinitionException(file, at + ".role", "is required; one of " + java.util.Arrays.stream(SourceRole.values())
                    .map(JobDefinitionValidator::name).toList());
        }
        require(file, at + ".type", s.type());
        if (!knownTypes.contains(s.type())) {
            throw new DefinitionException(file, at + ".type", "unknown source type '" + s.type() + "'; known types: " + knownTypes);
        }
        if (fileTypes.contains(s.type())) {
            require(file, at + ".path", s.path());
            Path p = JobDefinition.resolve(baseDir, s.path());
            if (!Files.isRegularFile(p)) {
                throw new DefinitionException(file, at + ".path", "file not found: " + p);
            }
            if (!Files.isReadable(p)) {
                throw new DefinitionException(file, at + ".path", "file not readable: " + p);
            }
        } else if (s.path() != null && !s.path().isBlank()) {
            throw new DefinitionException(file, at + ".path", "type " + s.type() + " reads no file; remove path "
                    + "(on the command line: --set sources." + s.id() + ".path=)");
        }
        for (int d = 0; d < s.dateFormats().size(); d++) {
            try {
                dev.hisaab.value.TimestampFormat.of(s.dateFormats().get(d));
            } catch (IllegalArgumentException e) {
                throw new DefinitionException(file, at + ".date-formats[" + d + "]", e.getMessage());
            }
        }
        for (String field : s.role().required()) {
            if (s.column(field) == null || s.column(field).isBlank()) {
                throw new DefinitionException(file, at + ".fields." + field,
                        "is required for role " + s.role().name().toLowerCase() + " (map it to a column of " + s.describe() + ")");
            }
        }
        for (Map.Entry<String, String> f : s.fields().entrySet()) {
            if (!s.role().accepts(f.getKey())) {
                throw new DefinitionException(file, at + ".fields." + f.getKey(), "unknown field for role "
                        + s.role().name().toLowerCase() + "; known fields: " + s.role().known());
            }
            if (f.getValue() == null || f.getValue().isBlank()) {
                throw new DefinitionException(file, at + ".fields." + f.getKey(), "names no column");
            }
        }
    }

    private static void validateRestore(Path file, JobDefinition job) {
        RestoreSpec r = job.restore();
        require(file, "job.restore.table", r.table());
        require(file, "job.restore.key", r.key());
        if (r.columns().isEmpty()) {
            throw new DefinitionException(file, "job.restore.columns", "list at least the key column");
        }
        if (!r.columns().containsKey(r.key())) {
            throw new DefinitionException(file, "job.restore.columns", "the key column '" + r.key() + "' must be mapped");
        }
        Set<String> lookupSources = new HashSet<>();
        job.sources(SourceRole.LOOKUP).forEach(s -> lookupSources.add(s.id()));
        for (Map.Entry<String, LookupSpec> l : r.lookups().entrySet()) {
            String at = "job.restore.lookups." + l.getKey();
            LookupSpec spec = l.getValue();
            require(file, at + ".source", spec.source());
            require(file, at + ".key", spec.key());
            require(file, at + ".value", spec.value());
            if (!lookupSources.contains(spec.source())) {
                throw new DefinitionException(file, at + ".source", "no source with role lookup has id '" + spec.source() + "'");
            }
        }
        SourceSpec snapshot = job.sources(SourceRole.SNAPSHOT).stream().findFirst().orElse(null);
        for (Map.Entry<String, ColumnSpec> c : r.columns().entrySet()) {
            String at = "job.restore.columns." + c.getKey();
            ColumnSpec col = c.getValue();
            if (col == null || (col.field() == null && col.value() == null && col.reconstructed() == null)) {
                throw new DefinitionException(file, at, "give a field, a value or a reconstructed value");
            }
            if (col.field() != null && col.value() != null) {
                throw new DefinitionException(file, at, "give either field or value, not both");
            }
            if (col.field() != null && snapshot != null && snapshot.column(col.field()) == null) {
                throw new DefinitionException(file, at + ".field", "'" + col.field() + "' is not a field of snapshot source '"
                        + snapshot.id() + "'; its fields: " + snapshot.fields().keySet());
            }
            if (col.lookup() != null && !r.lookups().containsKey(col.lookup())) {
                throw new DefinitionException(file, at + ".lookup", "no lookup named '" + col.lookup() + "' in job.restore.lookups");
            }
            if (col.transform() != null && !List.of("mobile", "upper", "trim", "timestamp").contains(col.transform())) {
                throw new DefinitionException(file, at + ".transform", "unknown transform '" + col.transform() + "'; known: mobile, upper, trim, timestamp");
            }
        }
    }

    private static void require(Path file, String property, String value) {
        if (value == null || value.isBlank()) {
            throw new DefinitionException(file, property, "is required");
        }
    }

    /** Fee in paise. */
    public static long feePaise(MatchingSpec m) {
        return m.fee().movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    }

}
