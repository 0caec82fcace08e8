package dev.hisaab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.evidence.BillReceipt;
import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolReader;
import dev.hisaab.spool.SpoolWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resolved receipt spools as its receipt's fields, then the bill and the rule, and reads back as it was. */
class ResolvedBillReceiptTests {

    @TempDir
    Path dir;

    @Test
    void writesItsOwnFieldsAsTheirTextsAndReadsBack() throws Exception {
        ResolvedBillReceipt r = new ResolvedBillReceipt(new BillReceipt("receipts-kiosk", new Origin("k.csv", 7),
                "K-1", 1_767_225_600L, "kota w 12", null, 45_000, 1_000, false), "B-12", "consumer+date");
        Path asRecord = dir.resolve("record.spool");
        Path asTexts = dir.resolve("texts.spool");
        try (SpoolWriter out = new SpoolWriter(asRecord)) {
            out.write(r);
            out.commit();
        }
        try (SpoolWriter out = new SpoolWriter(asTexts)) {
            out.write(r.fields());
            out.commit();
        }

        assertThat(Files.readAllBytes(asRecord)).isEqualTo(Files.readAllBytes(asTexts));
        try (SpoolReader in = new SpoolReader(asRecord)) {
            assertThat(ResolvedBillReceipt.of(in.next())).isEqualTo(r);
        }
        assertThat(r.receipt().consumerKey()).isEqualTo("KOTAW12");
    }
}
