package dev.hisaab.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two personal names in Latin script are, 0 to 100, tolerant of the ways Indian names differ between
 * systems: case and spacing, punctuation, honorifics ({@code Smt.}, {@code Shri}, {@code Dr}), initials
 * ({@code R. K. Sharma} vs {@code Ram Kumar Sharma}), word order ({@code Sharma Ram Kumar}), a dropped middle name and
 * spelling variants ({@code Mohammad}/{@code Mohammed}).
 *
 * <p>Method: both names are lower-cased and split into word tokens, honorifics dropped. If the tokens joined without
 * spaces are equal ({@code Ramkumar} vs {@code Ram Kumar}) the score is 100. Otherwise token pairs are scored, best
 * first, and each token is used at most once (greedy assignment): equal tokens score 1, an initial against a word that
 * starts with it scores 0.9, other pairs their Jaro-Winkler similarity if at least 0.9 (lower counts as no match, so that
 * different first names of one family, Jaya and Ajay, do not pass for the same person). The
 * result is the length-weighted share of matched tokens, where an unmatched token weighs half its length (a missing
 * middle name hurts less than a wrong surname).
 */
public final class NameSimilarity {

    private static final double INITIAL_SCORE = 0.9;
    private static final double MIN_TOKEN_SCORE = 0.9;
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "smt", "shri", "shree", "sri",
            "sh", "kumari", "km", "dr", "late");

    private NameSimilarity() {
    }

    /** The similarity in percent; 0 when either name is blank. */
    public static int percent(String a, String b) {
        List<String> left = tokens(a);
        List<String> right = tokens(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        if (String.join("", left).equals(String.join("", right))) {
            return 100;
        }
        boolean[] leftUsed = new boolean[left.size()];
        boolean[] rightUsed = new boolean[right.size()];
        double matched = 0;
        double total = 0;
        while (true) {
            int bestI = -1;
            int bestJ = -1;
            double best = 0;
            for (int i = 0; i < left.size(); i++) {
                for (int j = 0; j < right.size(); j++) {
                    if (!leftUsed[i] && !rightUsed[j]) {
                        double score = tokenScore(left.get(i), right.get(j));
                        if (score > best) {
                            best = score;
                            bestI = i;
                            bestJ = j;
                        }
                    }
                }
            }
            if (bestI < 0) {
                break;
            }
            leftUsed[bestI] = true;
            rightUsed[bestJ] = true;
            double weight = left.get(bestI).length() + right.get(bestJ).length();
            matched += best * weight;
            total += weight;
        }
        total += unmatchedWeight(left, leftUsed) + unmatchedWeight(right, rightUsed);
        return (int) Math.round(100 * matched / total);
    }

    private static double unmatchedWeight(List<String> tokens, boolean[] used) {
        double weight = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i]) {
                weight += tokens.get(i).length() / 2.0;
            }
        }
        return weight;
    }

    private static double tokenScore(String x, String y) {
        if (x.equals(y)) {
            return 1;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0) ? INITIAL_SCORE : 0;
        }
        double score = jaroWinkler(x, y);
        return score >= MIN_TOKEN_SCORE ? score : 0;
    }

    private static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        if (name == null) {
            return tokens;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String token = lower.substring(start, i);
                if (!HONORIFICS.contains(token)) {
                    tokens.add(token);
                }
                start = -1;
            }
        }
        return tokens;
    }

    /** Jaro-Winkler similarity, 0..1, with the usual prefix scale 0.1 over at most four characters. */
    static double jaroWinkler(String x, String y) {
        int window = Math.max(0, Math.max(x.length(), y.length()) / 2 - 1);
        boolean[] xMatched = new boolean[x.length()];
        boolean[] yMatched = new boolean[y.length()];
        int matches = 0;
        for (int i = 0; i < x.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(y.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!yMatched[j] && x.charAt(i) == y.charAt(j)) {
                    xMatched[i] = true;
                    yMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < x.length(); i++) {
            if (xMatched[i]) {
                while (!yMatched[k]) {
                    k++;
                }
                if (x.charAt(i) != y.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / x.length() + m / y.length() + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(x.length(), y.length())) && x.charAt(prefix) == y.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
