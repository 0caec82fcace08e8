package dev.hisaab.generate.kota;

/**
 * One water consumer, built from the seed when its turn comes and forgotten after its bills are written.
 *
 * @param index     0-based position in generation order (consumer numbers increase with it)
 * @param number    the six-digit number, 1 .. 999,999
 * @param baseBill  typical monthly bill in paise
 */
record Consumer(int index, int number, String id, String name, String mobile, String ward, String address,
                long baseBill) {

    static String id(int number) {
        return "KOTA-W-" + sixDigits(number);
    }

    static String sixDigits(int number) {
        String digits = Integer.toString(number);
        return "000000".substring(digits.length()) + digits;
    }

    String billNo(int period) {
        java.time.YearMonth month = KotaCalendar.period(period);
        return "B" + (month.getYear() % 100) + (month.getMonthValue() < 10 ? "0" : "") + month.getMonthValue() + "-"
                + sixDigits(number);
    }
}
