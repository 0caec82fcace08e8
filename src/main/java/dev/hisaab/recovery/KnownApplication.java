package dev.hisaab.recovery;

/**
 * What receipt resolution knows of one application number: whether it has a mobile (the mobile itself is a key of the
 * index's table of mobiles only, one string fewer for each of a million applications) and its name (from the database
 * rows or from receipts that name it exactly), when it was submitted (epoch seconds, -1 unknown), whether a database holds it, and
 * whether a payment is already tied to it (for one-to-one matching).
 */
final class KnownApplication {

    final String number;
    boolean hasMobile;
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
