package dev.hisaab.report;

/** A source whose rows or amounts do not add up: something was lost or counted twice, so the run must fail. */
public class AccountingException extends RuntimeException {

    public AccountingException(String message) {
        super(message);
    }
}
