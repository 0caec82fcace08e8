package dev.hisaab.report;

/**
 * Masks personal data in free text of reports handed outside IT, as {@link PersonalData#text} does: Indian mobile
 * numbers keep their first two and last two digits ({@code 98XXXXXX10}); a quoted name after the word {@code name}
 * keeps each word's first letter. One masking for every report: the CSVs, report.html and report.xlsx.
 */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    /** The text with mobiles and quoted names masked; null stays null. */
    public static String mask(String text) {
        return PersonalData.MASKED.text(text);
    }
}
