package dev.hisaab.cli;

import dev.hisaab.finding.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules behind a finding, in the order the engine tries them, and for each whether it decided, was tried and
 * did not decide (and why, as far as the decision that followed implies it), or was not tried. The receipt rules are
 * a ladder (the first that decides wins: {@code recovery/ReceiptResolver}, {@code payments/ResolveReceiptsTasklet});
 * the per-application and per-bill rules are checks that each hold or not ({@code CaseJudge}, {@code BillJudge}).
 */
final class RuleLadder {

    /** One rule: its name, what it checks, and what it did for this finding. */
    record Step(String rule, String checks, String outcome) {
    }

    private record Rule(String name, String checks, String failed, String... aliases) {
        boolean is(String r) {
            if (r.equals(name)) {
                return true;
            }
            for (String a : aliases) {
                if (r.equals(a)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Rule> RECEIPTS = List.of(
            new Rule("exact", "the printed application number is a known application", "the printed number "
                    + "(spaces removed, upper case) is no known application number", "normalised-number"),
            new Rule("txn-ref", "the receipt's transaction reference is a gateway transaction, whose order id decides",
                    "no transaction reference, or it names no gateway transaction"),
            new Rule("one-typo+mobile", "a well-formed unknown number is one edit away from exactly one application "
                    + "with the same mobile", "no application with the receipt's mobile is one edit away"),
            new Rule("new-number", "a well-formed number near no known application is a lost application of its own "
                    + "(unless the receipt predates the snapshot: then an orphan)", "no well-formed number",
                    "new-number-before-snapshot"),
            new Rule("mobile+amount+date", "no usable number: the applications with the receipt's mobile submitted by "
                    + "its date, for a fee-sized receipt; unpaid ones first; then mobile+date+name by name similarity",
                    "", "mobile+date+name", "no-number-no-mobile"));

    private static final List<Rule> APPLICATION = List.of(
            new Rule("snapshot-not-in-live", "the pre-upgrade snapshot holds the application and the live database "
                    + "does not: MISSING_APPLICATION_RESTORABLE", "it is in the live database, or in no snapshot"),
            new Rule("evidence-only", "neither database holds it but receipts or captured payments name it: "
                    + "MISSING_APPLICATION_RECONSTRUCTABLE", ""),
            new Rule("payments>1", "more than one payment (captured gateway transaction or counter/kiosk receipt): "
                    + "DUPLICATE_FEE", ""),
            new Rule("fee-paid-without-payment", "the live database says the fee is paid, and no receipt or captured "
                    + "payment proves it: FEE_UNVERIFIED", ""));

    private static final List<Rule> BILL_RECEIPTS = List.of(
            new Rule("bill-no", "the receipt names its bill", "the receipt names no bill"),
            new Rule("posted-receipt", "the portal posted a payment from this receipt number",
                    "no posted payment cites this receipt"),
            new Rule("consumer+date", "the consumer's bill that was open on the receipt's date", ""));

    private static final List<Rule> BILLS = List.of(
            new Rule("order-not-a-bill", "the gateway captured money for an order id that is no bill: "
                    + "UNMATCHED_GATEWAY_TXN", ""),
            new Rule("captured-not-posted", "captured (and not refunded) for a known bill, with no payment posted: "
                    + "UNPOSTED_PAYMENT", ""),
            new Rule("amount-vs-bill", "the captured amount is neither the bill amount nor amount plus late fee: "
                    + "AMOUNT_MISMATCH", ""),
            new Rule("posted-not-captured", "a payment posted although the gateway failed it, refunded it or never "
                    + "saw it: POSTED_NOT_CAPTURED", ""),
            new Rule("payments>1", "more than one payment for the bill: DUPLICATE_PAYMENT", ""),
            new Rule("paid-by-due-date-ist", "a late fee charged although a full payment was captured by the due date "
                    + "(IST): PENALTY_WRONGLY_APPLIED", ""));

    private RuleLadder() {
    }

    /** The rules for a finding of {@code category} decided by {@code rule}, in the order they apply. */
    static List<Step> of(Category category, String rule, boolean payments) {
        List<Step> out = new ArrayList<>();
        if (category == Category.REJECTED_LINE) {
            out.add(new Step("rejected", "the line could not be read as a record of its source, or repeats an earlier "
                    + "key", "decided: set aside before any matching rule"));
            return out;
        }
        if (rule.startsWith("evidence-only")) {
            out.addAll(steps(APPLICATION, "evidence-only", false));
            String receiptRules = rule.contains(":") ? rule.substring(rule.indexOf(':') + 1) : "";
            for (String r : receiptRules.split("\\+")) {
                if (!r.isEmpty()) {
                    out.add(new Step("  receipts tied by " + r, describe(r), "tied the receipts that name this "
                            + "application"));
                }
            }
            return out;
        }
        for (List<Rule> ladder : payments ? List.of(BILL_RECEIPTS, BILLS) : List.of(RECEIPTS, APPLICATION)) {
            if (ladder.stream().anyMatch(r -> r.is(rule))) {
                return steps(ladder, rule, ladder == RECEIPTS || ladder == BILL_RECEIPTS);
            }
        }
        out.add(new Step(rule, "(no description)", "decided"));
        return out;
    }

    private static String describe(String rule) {
        for (List<Rule> ladder : List.of(RECEIPTS, APPLICATION, BILL_RECEIPTS, BILLS)) {
            for (Rule r : ladder) {
                if (r.is(rule)) {
                    return r.checks();
                }
            }
        }
        return "";
    }

    private static List<Step> steps(List<Rule> ladder, String decided, boolean firstWins) {
        List<Step> out = new ArrayList<>();
        boolean after = false;
        for (Rule r : ladder) {
            String name = r.aliases().length == 0 ? r.name() : r.name() + " / " + String.join(" / ", r.aliases());
            if (r.is(decided)) {
                out.add(new Step(name, r.checks(), "DECIDED (" + decided + ")"));
                after = true;
            } else if (!firstWins) {
                out.add(new Step(name, r.checks(), "checked separately; a finding of its own if it holds"));
            } else if (after) {
                out.add(new Step(name, r.checks(), "not tried: an earlier rule decided"));
            } else {
                out.add(new Step(name, r.checks(), "tried, did not decide" + (r.failed().isEmpty() ? ""
                        : ": " + r.failed())));
            }
        }
        return out;
    }
}
