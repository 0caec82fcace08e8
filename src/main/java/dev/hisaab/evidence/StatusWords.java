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
        // a word as the job file wrote it (already stripped and lower case) needs no new string to look up, nor a hash
        String[] plain = plainWords;
        for (int i = 0; i < plain.length; i++) {
            if (plain[i].equals(word)) {
                return plainStatuses[i];
            }
        }
        PaymentStatus s = words.get(word.strip().toLowerCase(Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException("status: unknown status '" + word + "' (known: " + words.keySet() + ")");
        }
        return s;
    }
}
