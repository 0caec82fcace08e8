package dev.hisaab.recovery;

/**
 * What receipt resolution knows of one application number: its mobile and name (from the database rows or from
 * receipts that name it exactly), when it was submitted (epoch seconds, -1 unknown), whether a database holds it, and
 * whether a payment is already tied to it (for one-to-one matching).
 */
final class KnownApplication {

    final String number;
    String mobile;
    String name;
    long submitted = -1;
    boolean inDatabase;
    boolean paid;

    KnownApplication(String number) {
        this.number = number;
    }

    void seen(long time) {
        if (time >= 0 && (submitted < 0 || time < submitted)) {
            submitted = time;
        }
    }
}
