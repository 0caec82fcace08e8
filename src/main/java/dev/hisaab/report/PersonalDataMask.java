package dev.hisaab.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text of reports handed outside IT: Indian mobile numbers keep their first two and
 * last two digits ({@code 98******12}); a quoted name after the word {@code name} keeps each word's first letter.
 */
public final class PersonalDataMask {

    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?91[ -]?|0)?([6-9][0-9]{9})(?![0-9])");
    private static final Pattern NAME = Pattern.compile("(name ')([^']*)(')");

    private PersonalDataMask() {
    }

    /** The text with mobiles and quoted names masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = MOBILE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String d = m.group(1);
            m.appendReplacement(sb, d.substring(0, 2) + "******" + d.substring(8));
        }
        m.appendTail(sb);
        Matcher n = NAME.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (n.find()) {
            n.appendReplacement(out, Matcher.quoteReplacement(n.group(1) + initials(n.group(2)) + n.group(3)));
        }
        n.appendTail(out);
        return out.toString();
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").appendCodePoint(word.codePointAt(0)).append("***");
            }
        }
        return sb.toString();
    }
}
