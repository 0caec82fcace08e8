package dev.hisaab.generate;

/** Application status: old portal value and its value in the new schema. */
enum Status {
    NEW("NEW", "SUBMITTED"),
    UNDER_SCRUTINY("UNDER_SCRUTINY", "IN_REVIEW"),
    SANCTIONED("SANCTIONED", "APPROVED"),
    REJECTED("REJECTED", "REJECTED");

    private final String oldName;
    private final String newName;

    Status(String oldName, String newName) {
        this.oldName = oldName;
        this.newName = newName;
    }

    String oldName() {
        return oldName;
    }

    String newName() {
        return newName;
    }
}
