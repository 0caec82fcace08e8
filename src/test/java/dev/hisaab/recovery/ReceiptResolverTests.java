package dev.hisaab.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.evidence.Receipt;
import dev.hisaab.finding.Category;
import dev.hisaab.record.Origin;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReceiptResolverTests {

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    ApplicationIndex index;
    ReceiptResolver resolver;
    int line;

    @BeforeEach
    void index() {
        index = new ApplicationIndex();
        app("JP251100001", "9876543210", "Ram Kumar Sharma", "2025-11-10", true);
        app("JP251100777", "9123456780", "Sita Devi", "2025-11-12", true);
        // a family sharing a mobile
        app("JP251200010", "9000000001", "Shiv Pasi", "2025-12-01", true);
        app("JP251200020", "9000000001", "Abhishek Pasi", "2025-12-02", true);
        // snapshot taken on 20 December
        index.snapshotRow(epoch("2025-12-20"));
        resolver = new ReceiptResolver(index, "JP[0-9]{9,10}", 10000, 90, IST);
    }

    void app(String no, String mobile, String name, String day, boolean inDb) {
        KnownApplication a = index.add(no);
        a.inDatabase = inDb;
        a.name = name;
        a.seen(epoch(day));
        index.mobile(a, mobile);
    }

    static long epoch(String day) {
        return LocalDate.parse(day).atTime(11, 0).atZone(IST).toEpochSecond();
    }

    Receipt receipt(String printed, String normalised, String mobile, String name, String day, String txnRef) {
        return new Receipt("r", new Origin("r.csv", ++line), "R-" + line, printed, normalised, name, mobile, 10000,
                epoch(day), "CASH", "COUNTER", txnRef);
    }

    @Test
    void exactNumberDecides() {
        Resolution r = resolver.certain(receipt("JP251100001", "JP251100001", null, null, "2025-11-11", null));

        assertThat(r.applicationNo()).isEqualTo("JP251100001");
        assertThat(r.rule()).isEqualTo("exact");
    }

    @Test
    void numberWithSpacesAndLowerCaseIsNormalised() {
        Resolution r = resolver.certain(receipt("jp 2511 00001", "JP251100001", null, null, "2025-11-11", null));

        assertThat(r.rule()).isEqualTo("normalised-number");
        assertThat(r.evidence()).contains("jp 2511 00001");
    }

    @Test
    void transactionReferenceDecidesThroughTheGatewayOrder() {
        index.txn("pay_ABC", "JP251100777");

        Resolution r = resolver.certain(receipt("", null, null, null, "2025-11-13", "pay_ABC"));

        assertThat(r.applicationNo()).isEqualTo("JP251100777");
        assertThat(r.rule()).isEqualTo("txn-ref");
    }

    @Test
    void oneTypoWithTheSameMobileDecides() {
        // adjacent digits swapped
        Resolution r = resolver.byEvidence(receipt("JP251100010", "JP251100010", "9876543210", null, "2025-11-11", null));

        assertThat(r.applicationNo()).isEqualTo("JP251100001");
        assertThat(r.rule()).isEqualTo("one-typo+mobile");
    }

    @Test
    void aTypoWithAnotherMobileIsNotForcedOntoTheNeighbour() {
        Resolution r = resolver.byEvidence(receipt("JP251100002", "JP251100002", "9555555555", null, "2025-12-22", null));

        assertThat(r.applicationNo()).isEqualTo("JP251100002");
        assertThat(r.rule()).isEqualTo("new-number");
    }

    @Test
    void anUnknownNumberPaidBeforeTheSnapshotIsAnOrphan() {
        Resolution r = resolver.byEvidence(receipt("JP259999999", "JP259999999", "9555555555", null, "2025-11-05", null));

        assertThat(r.unresolved()).isEqualTo(Category.ORPHAN_RECEIPT);
        assertThat(r.rule()).isEqualTo("new-number-before-snapshot");
    }

    @Test
    void mobileAmountAndDateDecideAReceiptWithoutNumber() {
        Resolution r = resolver.byEvidence(receipt("", null, "9123456780", "SITA DEVI", "2025-11-15", null));

        assertThat(r.applicationNo()).isEqualTo("JP251100777");
        assertThat(r.rule()).isEqualTo("mobile+amount+date");
    }

    @Test
    void oldReceiptsOfAReApplicantStayWithTheLostApplication() {
        // given the lost application (snapshot) and the new one filed after the upgrade with the same mobile
        app("JP251100500", "9888877777", "Meena Gupta", "2025-11-20", true);
        app("JP260100900", "9888877777", "Meena Gupta", "2026-01-15", true);
        index.get("JP260100900").paid = true;

        // when a receipt without a number, paid in November, is resolved
        Resolution r = resolver.byEvidence(receipt("", null, "9888877777", "Meena Gupta", "2025-11-21", null));

        // then it belongs to the lost application: the new one did not exist yet
        assertThat(r.applicationNo()).isEqualTo("JP251100500");
    }

    @Test
    void preferAnApplicationWithoutPaymentOneToOne() {
        index.get("JP251200010").paid = true;

        Resolution r = resolver.byEvidence(receipt("", null, "9000000001", "Ramesh Pasi", "2025-12-05", null));

        assertThat(r.applicationNo()).isEqualTo("JP251200020");
    }

    @Test
    void nameSimilaritySplitsATieAndSaysSo() {
        Resolution r = resolver.byEvidence(receipt("", null, "9000000001", "SHIV PASI", "2025-12-05", null));

        assertThat(r.applicationNo()).isEqualTo("JP251200010");
        assertThat(r.rule()).isEqualTo("mobile+date+name");
    }

    @Test
    void aTieNoEvidenceCanBreakIsAmbiguousAndNamesTheCandidates() {
        Resolution r = resolver.byEvidence(receipt("", null, "9000000001", "Ramesh Pasi", "2025-12-05", null));

        assertThat(r.unresolved()).isEqualTo(Category.AMBIGUOUS_MATCH);
        assertThat(r.evidence()).contains("JP251200010, JP251200020");
    }

    @Test
    void aReceiptNoApplicationFitsIsAnOrphan() {
        assertThat(resolver.byEvidence(receipt("", null, "9444444444", "X", "2025-12-05", null)).unresolved())
                .isEqualTo(Category.ORPHAN_RECEIPT);
        assertThat(resolver.byEvidence(receipt("", null, null, "X", "2025-12-05", null)).rule())
                .isEqualTo("no-number-no-mobile");
        // paid before the application was submitted
        assertThat(resolver.byEvidence(receipt("", null, "9123456780", "Sita Devi", "2025-11-01", null)).unresolved())
                .isEqualTo(Category.ORPHAN_RECEIPT);
    }
}
