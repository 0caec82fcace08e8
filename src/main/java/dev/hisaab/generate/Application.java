package dev.hisaab.generate;

import java.time.OffsetDateTime;

/**
 * One generated application as the old portal held it.
 *
 * @param mobile          the true 10-digit mobile
 * @param storedMobile    the mobile as the old portal stored it (sometimes {@code +91…} or {@code 0…})
 * @param storedDistrict  the district name as the old portal stored it (often a former name)
 * @param loadCentiKw     sanctioned load in hundredths of a kW (exact)
 */
record Application(int index, String number, String name, String mobile, String storedMobile, District district,
                   String storedDistrict, Category category, Status status, long loadCentiKw, String address,
                   OffsetDateTime submittedAt) {

    Application withStatus(Status newStatus) {
        return new Application(index, number, name, mobile, storedMobile, district, storedDistrict, category,
                newStatus, loadCentiKw, address, submittedAt);
    }

    /** Load as numeric(6,2) text, e.g. {@code 3.50}. */
    String loadText() {
        return loadCentiKw / 100 + "." + String.format("%02d", loadCentiKw % 100);
    }
}
