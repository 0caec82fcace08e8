package dev.hisaab.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Indian first names (male, female) and surnames in Latin script, read from the bundled word lists; Hindu and
 * Muslim names are kept apart so a first name comes with a fitting surname.
 */
public final class NameBook {

    /** Loads the bundled word lists. */
    public NameBook() {
    }

    private final List<String> male = load("first-names-male.txt");
    private final List<String> female = load("first-names-female.txt");
    private final List<String> surnames = load("last-names.txt");
    private final List<String> muslimMale = load("muslim-first-names-male.txt");
    private final List<String> muslimFemale = load("muslim-first-names-female.txt");
    private final List<String> muslimSurnames = load("muslim-last-names.txt");

    public String fullName(SplittableRandom random) {
        boolean isFemale = random.nextInt(100) < 45;
        if (random.nextInt(100) < 15) {
            return pick(isFemale ? muslimFemale : muslimMale, random) + " " + pick(muslimSurnames, random);
        }
        String first = pick(isFemale ? female : male, random);
        String middle = "";
        int roll = random.nextInt(100);
        if (!isFemale && roll < 18) {
            middle = " Kumar";
        } else if (isFemale && roll < 12) {
            middle = " Devi";
        } else if (!isFemale && roll < 22) {
            middle = " Prasad";
        }
        return first + middle + " " + pick(surnames, random);
    }

    /** A family member of {@code relative}: a fitting first name and the same surname. */
    public String relativeOf(String relative, SplittableRandom random) {
        String surname = relative.substring(relative.lastIndexOf(' ') + 1);
        boolean isFemale = random.nextBoolean();
        if (muslimSurnames.contains(surname)) {
            return pick(isFemale ? muslimFemale : muslimMale, random) + " " + surname;
        }
        return pick(isFemale ? female : male, random) + " " + surname;
    }

    private static String pick(List<String> words, SplittableRandom random) {
        return words.get(random.nextInt(words.size()));
    }

    private static List<String> load(String resource) {
        try (InputStream in = NameBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> words = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                for (String word : line.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
