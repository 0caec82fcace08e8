package dev.hisaab.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible Uttar Pradesh postal addresses: always with commas, sometimes with apostrophes, rarely a backslash,
 * sometimes partly in Devanagari, and (when asked) with a tab or newline inside, to exercise dump escaping.
 */
final class AddressBook {

    private static final List<String> LANDMARKS = List.of("Hanuman Mandir", "Sharma's Clinic", "St. Mary's School",
            "Gupta's Sweets", "Old Water Tank", "Police Chowki", "Shiv Mandir", "Jama Masjid", "Primary School",
            "Power House", "D'Souza Medical Store", "Bank of Baroda");
    private static final List<String> VILLAGES = List.of("Rampur", "Bhagwanpur", "Madhopur", "Sikandarpur",
            "Chandpur", "Nawada", "Khairabad", "Mirzapur Kalan", "Dhaurahra", "Bhitauli", "Gosainganj", "Semra");
    private static final List<String> LANES = List.of("Gali No. 2", "Gali No. 5", "Sector 4", "Sector 11",
            "Block C", "Mohalla Qazi Tola", "Station Road", "Civil Lines Road", "Nai Basti", "Purana Qila Road");
    private static final List<String> APARTMENTS = List.of("Shalimar", "Eldeco", "Ansal", "Gaur", "Omaxe", "Shipra");

    String address(SplittableRandom random, District district, String city, Category category, char oddity) {
        int pin = district.pinBase() + random.nextInt(30);
        String locality = district.localities().get(random.nextInt(district.localities().size()));
        String house = random.nextInt(100) == 0
                ? (1 + random.nextInt(200)) + "\\" + (1 + random.nextInt(9))
                : Integer.toString(1 + random.nextInt(400));
        String separator = oddity == 0 ? " " : String.valueOf(oddity);
        if (random.nextInt(100) < 3) {
            return "मकान नं. " + house + "," + separator + locality + ", " + district.hindiName() + " - " + pin;
        }
        String near = random.nextInt(100) < 12 ? ", Near " + LANDMARKS.get(random.nextInt(LANDMARKS.size())) : "";
        int shape = category == Category.AGRICULTURAL ? 3 : random.nextInt(3);
        switch (shape) {
            case 0:
                return "H.No. " + house + near + "," + separator + locality + ", " + city + " - " + pin;
            case 1:
                return house + "/" + (1 + random.nextInt(40)) + ", " + LANES.get(random.nextInt(LANES.size())) + near
                        + "," + separator + locality + ", " + city + " " + pin;
            case 2:
                return "Flat " + (char) ('A' + random.nextInt(6)) + "-" + (101 + random.nextInt(900)) + ", "
                        + APARTMENTS.get(random.nextInt(APARTMENTS.size())) + " Apartments," + separator + locality
                        + ", " + city;
            default:
                return "Village " + VILLAGES.get(random.nextInt(VILLAGES.size())) + "," + separator + "Post "
                        + VILLAGES.get(random.nextInt(VILLAGES.size())) + near + ", Tehsil " + city + " Sadar, District "
                        + city + " - " + pin;
        }
    }
}
