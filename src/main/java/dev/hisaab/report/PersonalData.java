package dev.hisaab.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How reports meant for people outside IT show personal data: as read, or masked ({@code hisaab run
 * --mask-personal-data}). Masked, a mobile number keeps its first two and last two digits ({@code 98XXXXXX10}) and a
 * name keeps the first letter of each word ({@code R*** S***}). Restore scripts are never masked: they are for the
 * database. Use {@link #mobile} and {@link #name} for a value known to be a mobile or a name, {@link #text} for free
 * text that may quote them (finding evidence), and {@link #line} for a raw input line, whose names cannot be told
 * apart from its other words.
 */
public final class PersonalData {

    /** Shows everything as read. */
    public static final PersonalData SHOWN = new PersonalData(false);
    /** Masks mobiles and names. */
    public static final PersonalData MASKED = new PersonalData(true);

    /** A 10-digit Indian mobile in text, with an optional +91, 91 or 0 in front; not part of a longer number. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?91[ -]?|0)?([6-9][0-9]{9})(?![0-9])");
    /** A name quoted in evidence, as the resolver writes it: {@code name 'Ramesh Sharma'}. */
    private static final Pattern QUOTED_NAME = Pattern.compile("(name ')([^']*)(')");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");

    private final boolean masked;

    private PersonalData(boolean masked) {
        this.masked = masked;
    }

    /** {@link #MASKED} if {@code mask}, else {@link #SHOWN}. */
    public static PersonalData masked(boolean mask) {
        return mask ? MASKED : SHOWN;
    }

    /** Whether values are masked. */
    public boolean masks() {
        return masked;
    }

    /** A mobile number: {@code 9876543210} → {@code 98XXXXXX10}; any other text of digits keeps only its last two. */
    public String mobile(String value) {
        if (!masked || value == null || value.isEmpty()) {
            return value;
        }
        String digits = value.replaceAll("[^0-9]", "");
        if (digits.length() >= 10) {
            String ten = digits.substring(digits.length() - 10);
            return ten.substring(0, 2) + "XXXXXX" + ten.substring(8);
        }
        return "X".repeat(Math.max(0, digits.length() - 2)) + digits.substring(Math.max(0, digits.length() - 2));
    }

    /** A name: each word keeps its first letter, {@code Ramesh Kumar Sharma} → {@code R*** K*** S***}. */
    public String name(String value) {
        if (!masked || value == null || value.isEmpty()) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        for (String word : value.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.appendCodePoint(word.codePointAt(0)).append("***");
        }
        return out.toString();
    }

    /** Free text (evidence): mobile numbers in it, and names it quotes as {@code name '…'}, masked. */
    public String text(String value) {
        if (!masked || value == null || value.isEmpty()) {
            return value;
        }
        Matcher names = QUOTED_NAME.matcher(value);
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(out, Matcher.quoteReplacement(names.group(1) + name(names.group(2)) + names.group(3)));
        }
        names.appendTail(out);
        return mobiles(out.toString());
    }

    /**
     * A raw input line (a rejected row): any part of it may be a name, so every word keeps only its first letter, and
     * mobile numbers are masked. Digits other than mobiles, and punctuation, stay, so the line can still be found.
     */
    public String line(String value) {
        if (!masked || value == null || value.isEmpty()) {
            return value;
        }
        Matcher words = WORD.matcher(value);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            String w = words.group();
            int first = Character.charCount(w.codePointAt(0));
            String rest = w.length() > first ? "*".repeat(w.codePointCount(first, w.length())) : "";
            words.appendReplacement(out, Matcher.quoteReplacement(w.substring(0, first) + rest));
        }
        words.appendTail(out);
        return mobiles(out.toString());
    }

    private String mobiles(String text) {
        Matcher m = MOBILE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(mobile(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
