package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import java.time.LocalDate;
import java.time.ZoneId;

/** Parses the portal's bills, keeping every mapped field's raw value for guarded updates. */
final class BillParser implements EvidenceParser {

    private final MappedValues mapped;
    private final FieldReader f;
    private final FieldReader.Field billNoField;
    private final FieldReader.Field consumerIdField;
    private final FieldReader.Field amountField;
    private final FieldReader.Field dueDateField;
    private final FieldReader.Field lateFeeField;
    private final FieldReader.Field statusField;
    private final ZoneId zone;
    /** The last due date read and its text: the bills of a period share one. */
    private String lastDueText;
    private LocalDate lastDue;

    BillParser(SourceSpec spec, ZoneId zone) {
        this.f = new FieldReader(spec, zone);
        this.mapped = new MappedValues(spec, f);
        this.billNoField = f.field("bill-no");
        this.consumerIdField = f.field("consumer-id");
        this.amountField = f.field("amount");
        this.dueDateField = f.field("due-date");
        this.lateFeeField = f.field("late-fee");
        this.statusField = f.field("status");
        this.zone = zone;
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String billNo = Keys.normalize(f.required(r, billNoField));
        String consumer = Keys.loose(f.required(r, consumerIdField));
        long amount = f.amount(r, amountField);
        LocalDate due = dueDate(r);
        long lateFee = f.text(r, lateFeeField) == null ? 0 : f.amount(r, lateFeeField);
        ColumnValues values = mapped.of(r);
        Bill bill = new Bill(source, r.origin(), billNo, consumer, amount, due, f.required(r, statusField), lateFee, values);
        return new Parsed(billNo, bill, 0);
    }

    private LocalDate dueDate(SourceRecord r) {
        String text = f.text(r, dueDateField);
        if (text == null || !text.equals(lastDueText)) {
            lastDue = LocalDate.ofInstant(java.time.Instant.ofEpochSecond(f.time(r, dueDateField)), zone);
            lastDueText = text;
        }
        return lastDue;
    }
}
