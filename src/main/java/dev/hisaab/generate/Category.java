package dev.hisaab.generate;

/** Connection category: old portal name and new tariff code. */
enum Category {
    DOMESTIC("Domestic", "LMV1"),
    COMMERCIAL("Commercial", "LMV2"),
    AGRICULTURAL("Agricultural", "LMV5");

    private final String oldName;
    private final String code;

    Category(String oldName, String code) {
        this.oldName = oldName;
        this.code = code;
    }

    String oldName() {
        return oldName;
    }

    String code() {
        return code;
    }
}
