package dev.hisaab.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps a gateway's status words (any letter case) to {@link PaymentStatus}, as the job file declares them. */
public final class StatusWords {

    private final Map<String, PaymentStatus> words = new HashMap<>();

    public StatusWords(Map<String, List<String>> groups) {
        groups.forEach((group, list) -> {
            PaymentStatus status = PaymentStatus.valueOf(group.toUpperCase(Locale.ROOT));
            list.forEach(w -> words.put(w.strip().toLowerCase(Locale.ROOT), status));
        });
    }

    public PaymentStatus of(String word) {
        // a word as the job file wrote it (already stripped and lower case) needs no new string to look up
        PaymentStatus s = words.get(word);
        if (s != null) {
            return s;
        }
        s = words.get(word.strip().toLowerCase(Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException("status: unknown status '" + word + "' (known: " + words.keySet() + ")");
        }
        return s;
    }
}
