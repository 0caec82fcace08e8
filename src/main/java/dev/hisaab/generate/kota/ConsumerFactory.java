package dev.hisaab.generate.kota;

import java.util.List;
import java.util.SplittableRandom;

import dev.hisaab.generate.NameBook;
import dev.hisaab.generate.Seeds;

/**
 * Builds consumer {@code i} from the seed alone: numbers rise with {@code i} (one random number per slot of
 * 999,999 / consumers), so the dump lists consumers and bills in key order without sorting.
 */
final class ConsumerFactory {

    static final long SALT = 101;
    private static final List<String> LOCALITIES = List.of("Talwandi", "Mahaveer Nagar", "Dadabari", "Vigyan Nagar",
            "Kunhari", "Rangbari", "Gumanpura", "Nayapura", "Borkhera", "Kaithoonipol", "Rampura", "Indra Vihar",
            "Keshavpura", "Shrinathpuram", "Jawahar Nagar", "Station Area", "Chhawani", "Subhash Nagar",
            "Aerodrome Circle", "Landmark City");
    private static final List<String> LANDMARKS = List.of("Near Sharma's Dairy", "Opp. Govt. School",
            "Near Hanuman Mandir", "Behind Gupta's Sweets", "Near Water Tank", "Opp. D'Souza Clinic");

    private final NameBook names = new NameBook();
    private final long seed;
    private final int consumers;

    ConsumerFactory(long seed, int consumers) {
        this.seed = seed;
        this.consumers = consumers;
    }

    Consumer create(int index) {
        SplittableRandom random = Seeds.random(seed, SALT, index);
        long from = (long) index * KotaScenario.MAX_CONSUMERS / consumers;
        long to = (long) (index + 1) * KotaScenario.MAX_CONSUMERS / consumers;
        int number = (int) (1 + from + random.nextLong(to - from));
        String mobile = random.nextInt(100) < 91 ? (6 + random.nextInt(4)) + String.format("%09d",
                random.nextInt(1_000_000_000)) : null;
        String ward = "W-" + String.format("%03d", 1 + random.nextInt(150));
        long base = random.nextInt(1000) < 5
                ? 1_200_000 + random.nextLong(13_800_000)
                : (150 + random.nextInt(random.nextBoolean() ? 600 : 1_700)) * 100L;
        return new Consumer(index, number, Consumer.id(number), names.fullName(random), mobile, ward,
                address(random), base);
    }

    private static String address(SplittableRandom random) {
        String locality = LOCALITIES.get(random.nextInt(LOCALITIES.size()));
        int pin = 324_001 + random.nextInt(10);
        int roll = random.nextInt(100);
        if (roll < 3) {
            return "मकान नं. " + (1 + random.nextInt(300)) + ", " + locality + ", कोटा - " + pin;
        }
        String near = roll < 15 ? ", " + LANDMARKS.get(random.nextInt(LANDMARKS.size())) : "";
        if (roll < 55) {
            return (1 + random.nextInt(40)) + "-" + (char) ('A' + random.nextInt(8)) + "-" + (1 + random.nextInt(30))
                    + near + ", " + locality + ", Kota, Rajasthan - " + pin;
        }
        return "H.No. " + (1 + random.nextInt(900)) + near + ", Sector " + (1 + random.nextInt(12)) + ", " + locality
                + ", Kota - " + pin;
    }
}
