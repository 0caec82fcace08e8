package dev.hisaab.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps a gateway's status words (any letter case) to {@link PaymentStatus}, as the job file declares them. */
public final class StatusWords {

    private final Map<String, PaymentStatus> words = new HashMap<>();
    /** The words as the job file wrote them, and their statuses: a few, compared before any hashing. */
    private final String[] plainWords;
    private final PaymentStatus[] plainStatuses;

    public StatusWords(Map<String, List<String>> groups) {
        groups.forEach((group, list) -> {
            PaymentStatus status = PaymentStatus.valueOf(group.toUpperCase(Locale.ROOT));
            list.forEach(w -> words.put(w.strip().toLowerCase(Locale.ROOT), status));
        });
        this.plainWords = words.keySet().toArray(new String[0]);
        this.plainStatuses = new PaymentStatus[plainWords.length];
        for (int i = 0; i < plainWords.length; i++) {
            plainStatuses[i] = words.get(plainWords[i]);
        }
    }

    public PaymentStatus of(String word) {
        // a word as the job file wrote it (stripped, lower case) or with ASCII capitals (CAPTURED, Captured) needs no new
        // string to look up, nor a hash
        String[] plain = plainWords;
        int length = word.length();
        for (int i = 0; i < plain.length; i++) {
            // most words are told apart by length alone, before any character is compared
            if (plain[i].length() == length && equalsLoweringAscii(plain[i], word)) {
                return plainStatuses[i];
            }
        }
        PaymentStatus s = words.get(word.strip().toLowerCase(Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException("status: unknown status '" + word + "' (known: " + words.keySet() + ")");
        }
        return s;
    }

    /**
     * Whether {@code word} is {@code lower} once its ASCII capitals are lowered (any other character must be equal):
     * where this holds, {@code word.strip().toLowerCase(Locale.ROOT)} is {@code lower} too.
     */
    private static boolean equalsLoweringAscii(String lower, String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
